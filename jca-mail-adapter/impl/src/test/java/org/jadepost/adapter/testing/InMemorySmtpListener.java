package org.jadepost.adapter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpListener;
import org.jadepost.adapter.api.SmtpReply;

/**
 * An {@link SmtpListener} for protocol tests: user {@code alice} with password {@code secret};
 * recipients with local part {@code unknown} do not exist; a sender {@code blocked@...} is refused;
 * {@code deliver} throws when a recipient's local part is {@code fail}, and otherwise reads the
 * spool file, records it and deletes it, as a real listener takes ownership.
 */
public final class InMemorySmtpListener implements SmtpListener {

  /**
   * A message as the listener saw it.
   *
   * @param envelope the envelope
   * @param spoolFile where the adapter spooled it
   * @param content the file's bytes at the time of the call
   */
  public record Delivery(SmtpEnvelope envelope, Path spoolFile, byte[] content) {}

  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final List<Path> failedSpoolFiles = new CopyOnWriteArrayList<>();

  /** Messages accepted so far. */
  public List<Delivery> deliveries() {
    return deliveries;
  }

  /** Spool files of deliveries that threw. */
  public List<Path> failedSpoolFiles() {
    return failedSpoolFiles;
  }

  @Override
  public SmtpReply greet(ConnectionInfo connection) {
    return SmtpReply.serviceReady("mail.test ESMTP Jadepost");
  }

  @Override
  public SmtpAuthResult authenticate(ConnectionInfo connection, String user, String password) {
    return user.equals("alice") && password.equals("secret")
        ? SmtpAuthResult.success("alice@example.org")
        : SmtpAuthResult.failure(SmtpReply.AUTH_FAILED);
  }

  @Override
  public SmtpReply mailFrom(ConnectionInfo connection, SmtpEnvelope envelope) {
    return envelope.reversePath().startsWith("blocked@")
        ? new SmtpReply(550, "5.7.1", "Sender refused")
        : SmtpReply.SENDER_OK;
  }

  @Override
  public SmtpReply rcptTo(ConnectionInfo connection, SmtpEnvelope envelope, String recipient) {
    return recipient.startsWith("unknown@") ? SmtpReply.NO_SUCH_USER : SmtpReply.RECIPIENT_OK;
  }

  @Override
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooledMessage) {
    if (envelope.recipients().stream().anyMatch(r -> r.startsWith("fail@"))) {
      failedSpoolFiles.add(spooledMessage);
      throw new IllegalStateException("delivery failure for the test");
    }
    try {
      deliveries.add(new Delivery(envelope, spooledMessage, Files.readAllBytes(spooledMessage)));
      Files.delete(spooledMessage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SmtpReply.MESSAGE_ACCEPTED;
  }
}
