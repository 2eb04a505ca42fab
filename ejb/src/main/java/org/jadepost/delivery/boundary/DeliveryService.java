package org.jadepost.delivery.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jadepost.account.entity.Account;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.delivery.control.Intake;
import org.jadepost.delivery.control.Recipients;
import org.jadepost.delivery.control.TraceHeaders;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.platform.entity.BlobRef;

/** Mail from the outside world (T1): the MX listener's decisions. Never an open relay. */
@Stateless
public class DeliveryService {

  private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());

  @Inject Recipients recipients;
  @Inject Intake intake;

  /** The 220 greeting with this server's name. */
  public SmtpReply greet() {
    return intake.greet();
  }

  /** MX takes no AUTH; the adapter does not offer it there. */
  public SmtpAuthResult authenticate() {
    return SmtpAuthResult.failure(SmtpReply.AUTH_FAILED);
  }

  /** Any reverse-path is accepted on MX; SPF and DMARC are judged on the whole message. */
  public SmtpReply mailFrom() {
    return SmtpReply.SENDER_OK;
  }

  /** Accepts {@code recipient} only if it is a mailbox or alias of a hosted, enabled domain. */
  public SmtpReply rcptTo(String recipient, long declaredSize) {
    if (!recipients.isHosted(recipient)) {
      return SmtpReply.RELAY_DENIED;
    }
    return recipients.check(recipient, declaredSize);
  }

  /**
   * Stores the spooled message once (trace headers prepended, fsynced) and adds it to each
   * recipient's Inbox in this transaction; one copy per mailbox however many of its addresses are
   * recipients.
   */
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooled) {
    List<Long> inbox = new ArrayList<>();
    for (String recipient : envelope.recipients()) {
      Account account = recipients.mailbox(recipient).orElse(null);
      if (account == null) {
        LOG.warning(() -> "Recipient " + recipient + " vanished between RCPT and DATA; skipped");
      } else if (!inbox.contains(account.getId())) {
        inbox.add(account.getId());
      }
    }
    if (inbox.isEmpty()) {
      return SmtpReply.NO_SUCH_USER;
    }
    String id = Intake.newId();
    String trace =
        TraceHeaders.returnPath(envelope.reversePath())
            + TraceHeaders.received(connection, envelope, intake.host(), id, ZonedDateTime.now());
    BlobRef blob = intake.store(trace, spooled);
    Acceptance acceptance =
        new Acceptance(
            id,
            envelope.kind().name(),
            null,
            blob,
            inbox,
            List.of(),
            false,
            null,
            envelope.reversePath(),
            List.of());
    return intake.accept(acceptance, spooled);
  }
}
