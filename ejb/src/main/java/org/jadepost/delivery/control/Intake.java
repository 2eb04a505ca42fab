package org.jadepost.delivery.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;

/** What every SMTP listener does with a message it takes: store, apply, journal, answer. */
@Stateless
public class Intake {

  private static final Logger LOG = Logger.getLogger(Intake.class.getName());

  @Inject AcceptanceWriter writer;
  @Inject AcceptanceJournal journal;
  @Inject BlobStore blobs;

  @Inject
  @ConfigProperty(name = "jadepost.hostname")
  Optional<String> configuredHost;

  /** The 220 greeting with this server's name. */
  public SmtpReply greet() {
    return SmtpReply.serviceReady(host() + " ESMTP Jadepost");
  }

  /** The name this server gives itself in greetings and trace headers. */
  public String host() {
    return configuredHost.filter(h -> !h.isBlank()).orElseGet(Intake::localHostName);
  }

  /** A fresh "queued as" id. */
  public static String newId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** Stores {@code header} followed by the spooled message as one fsynced blob. */
  public BlobRef store(String header, Path spooled) {
    byte[] prefix = header.getBytes(StandardCharsets.UTF_8);
    try (InputStream body = Files.newInputStream(spooled)) {
      return blobs.put(new SequenceInputStream(new ByteArrayInputStream(prefix), body));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the message", e);
    }
  }

  /**
   * Writes {@code acceptance} in this transaction and makes it durable (journal on H2); the 250
   * this returns reaches the client only after the commit.
   */
  public SmtpReply accept(Acceptance acceptance, Path spooled) {
    writer.apply(acceptance);
    journal.record(acceptance);
    deleteQuietly(spooled);
    LOG.info(
        () ->
            "Accepted "
                + acceptance.id()
                + " on "
                + acceptance.listener()
                + " for "
                + acceptance.recipientCount()
                + " recipient(s)");
    return new SmtpReply(250, "2.0.0", "Ok: queued as " + acceptance.id());
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
