package org.jadepost.delivery.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.delivery.control.TraceHeaders;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainNames;
import org.jadepost.tenancy.control.DomainStore;

/**
 * Accepts mail for hosted domains (FEATURES T1): only hosted recipients (never an open relay), 550
 * 5.1.1 for unknown users, 452 4.2.2 when a mailbox is full, and delivery into every recipient's
 * Inbox with Return-Path and Received prepended, stored once however many recipients share the
 * message.
 */
@Stateless
public class DeliveryService {

  private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());
  private static final SmtpReply MAILBOX_FULL =
      new SmtpReply(452, "4.2.2", "Mailbox full, try again later");
  private static final SmtpReply DISABLED = new SmtpReply(550, "5.2.1", "Mailbox disabled");

  @Inject DomainStore domains;
  @Inject AccountStore accounts;
  @Inject MailboxWriter writer;
  @Inject BlobStore blobs;

  @Inject
  @ConfigProperty(name = "jadepost.hostname")
  Optional<String> configuredHost;

  /** The 220 greeting with this server's name. */
  public SmtpReply greet() {
    return SmtpReply.serviceReady(host() + " ESMTP Jadepost");
  }

  /** MX takes no AUTH; the adapter does not offer it there. */
  public SmtpAuthResult authenticate() {
    return SmtpAuthResult.failure(SmtpReply.AUTH_FAILED);
  }

  /** Any reverse-path is accepted on MX for now (SPF and DMARC checks come with T4). */
  public SmtpReply mailFrom() {
    return SmtpReply.SENDER_OK;
  }

  /** Accepts {@code recipient} only if it is an enabled account of a hosted, enabled domain. */
  public SmtpReply rcptTo(String recipient, long declaredSize) {
    int at = recipient.lastIndexOf('@');
    if (at <= 0) {
      return SmtpReply.NO_SUCH_USER;
    }
    Optional<String> domain = hostedDomain(recipient.substring(at + 1));
    if (domain.isEmpty()) {
      return SmtpReply.RELAY_DENIED;
    }
    Optional<Account> account =
        accounts.find(domain.get(), recipient.substring(0, at).toLowerCase(Locale.ROOT));
    if (account.isEmpty()) {
      return SmtpReply.NO_SUCH_USER;
    }
    if (!account.get().isEnabled()) {
      return DISABLED;
    }
    return writer.fits(account.get(), Math.max(0, declaredSize))
        ? SmtpReply.RECIPIENT_OK
        : MAILBOX_FULL;
  }

  /**
   * Stores the spooled message once (trace headers prepended, fsynced) and adds it to each
   * recipient's Inbox in this transaction; the spool file is removed once the blob is durable.
   */
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooled) {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    byte[] trace = TraceHeaders.of(connection, envelope, host(), id, ZonedDateTime.now());
    BlobRef blob = store(trace, spooled);
    for (String recipient : envelope.recipients()) {
      int at = recipient.lastIndexOf('@');
      String domain = hostedDomain(recipient.substring(at + 1)).orElseThrow();
      Account account =
          accounts.require(domain, recipient.substring(0, at).toLowerCase(Locale.ROOT));
      writer.deliverToInbox(account, blob);
    }
    deleteQuietly(spooled);
    LOG.info(() -> "Accepted " + id + " for " + envelope.recipients().size() + " recipient(s)");
    return new SmtpReply(250, "2.0.0", "Ok: queued as " + id);
  }

  private Optional<String> hostedDomain(String name) {
    try {
      String canonical = DomainNames.normalize(name);
      return domains.find(canonical).filter(d -> d.isEnabled()).map(d -> d.getName());
    } catch (InvalidRequestException e) {
      return Optional.empty();
    }
  }

  private BlobRef store(byte[] trace, Path spooled) {
    try (InputStream body = Files.newInputStream(spooled)) {
      return blobs.put(new SequenceInputStream(new ByteArrayInputStream(trace), body));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the message", e);
    }
  }

  private String host() {
    return configuredHost.filter(h -> !h.isBlank()).orElseGet(DeliveryService::localHostName);
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warning(() -> "Could not remove spool file " + path + ": " + e);
    }
  }
}
