package org.jadepost.delivery.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.jadepost.mailauth.control.DmarcEnforcement;
import org.jadepost.mailauth.control.InboundAuthenticator;
import org.jadepost.mailauth.entity.AuthenticationVerdict;
import org.jadepost.mailauth.entity.DmarcDisposition;
import org.jadepost.platform.entity.BlobRef;

/** Mail from the outside world (T1): the MX listener's decisions. Never an open relay. */
@Stateless
public class DeliveryService {

  private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());

  /** RFC 7489 §6.7 lets the receiver reject a failing message whose domain asks for it. */
  static final SmtpReply DMARC_REJECTED =
      new SmtpReply(550, "5.7.1", "Rejected by the sender domain's DMARC policy");

  @Inject Recipients recipients;
  @Inject Intake intake;
  @Inject InboundAuthenticator authenticator;
  @Inject DmarcEnforcement dmarc;

  /** The 220 greeting with this server's name. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
    Recipients.Destination destination = recipients.find(recipient);
    if (!destination.hosted()) {
      return SmtpReply.RELAY_DENIED;
    }
    return recipients.check(destination, declaredSize);
  }

  /**
   * Checks SPF, DKIM and DMARC (T4), stores the spooled message once (trace and
   * Authentication-Results prepended, fsynced) and adds it to each recipient's Inbox, or Spam when
   * a DMARC failure is quarantined, in this transaction; one copy per mailbox however many of its
   * addresses are recipients.
   */
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooled) {
    List<Long> mailboxes = new ArrayList<>();
    for (String recipient : envelope.recipients()) {
      Account account = recipients.mailbox(recipient).orElse(null);
      if (account == null) {
        LOG.warning(() -> "Recipient " + recipient + " vanished between RCPT and DATA; skipped");
      } else if (!mailboxes.contains(account.getId())) {
        mailboxes.add(account.getId());
      }
    }
    if (mailboxes.isEmpty()) {
      return SmtpReply.NO_SUCH_USER;
    }
    AuthenticationVerdict verdict = verify(connection, envelope, spooled);
    DmarcDisposition disposition = dmarc.disposition(verdict);
    if (disposition == DmarcDisposition.REJECT) {
      LOG.info(() -> "DMARC reject from " + envelope.reversePath() + ": " + verdict.dmarcResult());
      return DMARC_REJECTED;
    }
    boolean quarantine = disposition == DmarcDisposition.QUARANTINE;
    String id = Intake.newId();
    String trace =
        TraceHeaders.returnPath(envelope.reversePath())
            + TraceHeaders.received(connection, envelope, intake.host(), id, ZonedDateTime.now())
            + verdict.authenticationResultsHeader();
    BlobRef blob = intake.store(trace, spooled);
    Acceptance acceptance =
        new Acceptance(
            id,
            envelope.kind().name(),
            null,
            blob,
            quarantine ? List.of() : mailboxes,
            quarantine ? mailboxes : List.of(),
            false,
            null,
            envelope.reversePath(),
            List.of());
    return intake.accept(acceptance, spooled);
  }

  private AuthenticationVerdict verify(
      ConnectionInfo connection, SmtpEnvelope envelope, Path spooled) {
    String ip =
        connection.remote() == null ? "0.0.0.0" : connection.remote().getAddress().getHostAddress();
    try {
      return authenticator.verify(ip, envelope.heloName(), envelope.reversePath(), spooled);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the spooled message", e);
    }
  }
}
