package org.jadepost.delivery.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.account.boundary.AuthenticationService;
import org.jadepost.account.control.AddressBook;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientLogin;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpBodyType;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpListenerKind;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.delivery.control.AcceptanceWriter;
import org.jadepost.delivery.control.Intake;
import org.jadepost.delivery.control.Recipients;
import org.jadepost.delivery.control.TraceHeaders;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.mailauth.control.DkimSigner;
import org.jadepost.mailbox.control.HeaderParser;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.TooManyAttemptsException;

/**
 * Mail from our own users' clients (T2): submission on 587 and 465. The sender authenticates, may
 * only send as himself or his aliases, within a rate limit; a copy goes to his Sent folder when his
 * setting says so (L5).
 */
@Stateless
public class SubmissionService {

  private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());

  static final SmtpReply AUTH_REQUIRED = new SmtpReply(530, "5.7.0", "Authentication required");
  static final SmtpReply LOCKED =
      new SmtpReply(454, "4.7.0", "Too many failed logins; try again in a few minutes");
  static final SmtpReply NOT_OWNER =
      new SmtpReply(553, "5.7.1", "Sender address is not one of the authenticated user's");
  static final SmtpReply FROM_NOT_OWNED =
      new SmtpReply(550, "5.7.1", "From header address is not one of the authenticated user's");

  @Inject AuthenticationService authentication;
  @Inject AddressBook addresses;
  @Inject Recipients recipients;
  @Inject AcceptanceWriter accepted;
  @Inject Intake intake;
  @Inject DkimSigner dkim;

  @Inject
  @ConfigProperty(name = "jadepost.submission.max-messages-per-hour", defaultValue = "500")
  int maxPerHour;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SmtpReply greet() {
    return intake.greet();
  }

  /**
   * AUTH PLAIN/LOGIN with the password or an authorization code (T7), logged (B4); provider
   * administrators have no mailbox.
   */
  public SmtpAuthResult authenticate(ConnectionInfo connection, String user, String password) {
    try {
      Optional<Actor> actor =
          authentication.authenticateClient(
              new ClientLogin(ClientProtocol.SMTP, connection.remoteAddress(), user, password));
      if (actor.isPresent() && actor.get().kind() != Actor.Kind.PROVIDER_ADMIN) {
        return SmtpAuthResult.success(actor.get().login());
      }
      LOG.info(() -> "AUTH failed for " + user + " from " + remote(connection));
      return SmtpAuthResult.failure(SmtpReply.AUTH_FAILED);
    } catch (TooManyAttemptsException e) {
      LOG.warning(() -> "AUTH locked for " + user + " from " + remote(connection));
      return SmtpAuthResult.failure(LOCKED);
    }
  }

  /** The sender must own the reverse-path, and be within his hourly limit. */
  public SmtpReply mailFrom(SmtpEnvelope envelope) {
    Optional<Account> sender = sender(envelope);
    if (sender.isEmpty()) {
      return AUTH_REQUIRED;
    }
    String reversePath = envelope.reversePath();
    if (reversePath.isEmpty() || !addresses.owns(sender.get(), Recipients.canonical(reversePath))) {
      LOG.info(() -> envelope.authenticatedUser() + " may not send as <" + reversePath + ">");
      return NOT_OWNER;
    }
    Instant since = Instant.now().minus(Duration.ofHours(1));
    if (accepted.acceptedSince(sender.get().getId(), since) >= maxPerHour) {
      LOG.warning(() -> envelope.authenticatedUser() + " reached " + maxPerHour + " messages/h");
      return new SmtpReply(
          450, "4.7.1", "Sending limit of " + maxPerHour + " messages per hour reached");
    }
    return SmtpReply.SENDER_OK;
  }

  /** Hosted recipients must exist and have room; other recipients go to the outbound queue. */
  public SmtpReply rcptTo(SmtpEnvelope envelope, String recipient) {
    Recipients.Destination destination = recipients.find(recipient);
    if (destination.hosted()) {
      return recipients.check(destination, envelope.declaredSize());
    }
    return SmtpReply.RECIPIENT_OK;
  }

  /** Checks the From header, stores the message and applies it in this transaction. */
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooled) {
    Account sender = sender(envelope).orElse(null);
    if (sender == null) {
      return AUTH_REQUIRED;
    }
    Optional<String> fromDomain = ownedFromDomain(sender, spooled);
    if (fromDomain.isEmpty()) {
      LOG.info(() -> envelope.authenticatedUser() + " sent a From header he does not own");
      return FROM_NOT_OWNED;
    }
    List<Long> inbox = new ArrayList<>();
    List<String> remote = new ArrayList<>();
    for (String recipient : envelope.recipients()) {
      Recipients.Destination destination = recipients.find(recipient);
      Optional<Account> local = destination.mailbox();
      if (local.isPresent()) {
        if (!inbox.contains(local.get().getId())) {
          inbox.add(local.get().getId());
        }
      } else if (!destination.hosted()) {
        remote.add(recipient);
      }
    }
    String id = Intake.newId();
    String received =
        TraceHeaders.received(connection, envelope, intake.host(), id, ZonedDateTime.now())
            + signature(fromDomain.get(), spooled);
    boolean sentCopy = sender.isSaveSent();
    BlobRef local =
        inbox.isEmpty() && !sentCopy
            ? null
            : intake.store(TraceHeaders.returnPath(envelope.reversePath()) + received, spooled);
    BlobRef outbound = remote.isEmpty() ? null : intake.store(received, spooled);
    Acceptance acceptance =
        new Acceptance(
            id,
            envelope.kind().name(),
            sender.getId(),
            local,
            inbox,
            List.of(),
            sentCopy,
            outbound,
            envelope.reversePath(),
            remote);
    return intake.accept(acceptance, spooled);
  }

  /**
   * Mail written in the webmail (C1-C8): the checks and the delivery an SMTP client gets, in one
   * call, so the rules live in one place. Returns the first negative reply, or the final 250.
   */
  public SmtpReply submitFromWebmail(
      String login, String clientAddress, String reversePath, List<String> to, Path spooled) {
    long size;
    try {
      size = Files.size(spooled);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the spooled message", e);
    }
    SmtpEnvelope envelope =
        new SmtpEnvelope(
            "webmail",
            reversePath,
            List.of(),
            login,
            SmtpListenerKind.SUBMISSION,
            size,
            SmtpBodyType.EIGHT_BIT_MIME,
            !StandardCharsets.US_ASCII.newEncoder().canEncode(reversePath + to));
    SmtpReply reply = mailFrom(envelope);
    for (int i = 0; reply.isPositive() && i < to.size(); i++) {
      reply = rcptTo(envelope, to.get(i));
      envelope = envelope.withRecipient(to.get(i));
    }
    if (!reply.isPositive()) {
      return reply;
    }
    InetSocketAddress client = null;
    try {
      // An IP literal from the HTTP request; getByName does no DNS lookup for those.
      client =
          clientAddress == null
              ? null
              : new InetSocketAddress(InetAddress.getByName(clientAddress), 0);
    } catch (UnknownHostException e) {
      LOG.fine(() -> "Client address not a literal: " + clientAddress);
    }
    return deliver(new ConnectionInfo("web", "WEBMAIL", client, null, true), envelope, spooled);
  }

  private Optional<Account> sender(SmtpEnvelope envelope) {
    String user = envelope.authenticatedUser();
    return user == null ? Optional.empty() : recipients.mailbox(user).filter(Account::isEnabled);
  }

  // Every From and Sender address must be his: the envelope check alone lets a client forge the
  // author that recipients see. Returns the domain to sign for, the From domain (or his own).
  private Optional<String> ownedFromDomain(Account sender, Path spooled) {
    String signing = sender.getDomain().getName();
    try (InputStream in = Files.newInputStream(spooled)) {
      InternetHeaders headers = HeaderParser.read(in);
      for (String field : List.of("Sender", "From")) {
        String[] values = headers.getHeader(field);
        if (values == null) {
          continue;
        }
        for (String value : values) {
          for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
            String a = address.getAddress();
            if (a == null || !addresses.owns(sender, Recipients.canonical(a))) {
              return Optional.empty();
            }
            signing = a.substring(a.lastIndexOf('@') + 1);
          }
        }
      }
      return Optional.of(signing);
    } catch (AddressException e) {
      return Optional.empty();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("Cannot read the spooled message", e);
    }
  }

  /** The DKIM-Signature field for the From domain (RFC 6376), or nothing if it has no key. */
  private String signature(String domain, Path spooled) {
    try {
      return dkim.signatureHeader(domain, spooled)
          .map(h -> new String(h, StandardCharsets.UTF_8))
          .orElse("");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the spooled message", e);
    }
  }

  private static String remote(ConnectionInfo connection) {
    String address = connection.remoteAddress();
    return address == null ? "?" : address;
  }
}
