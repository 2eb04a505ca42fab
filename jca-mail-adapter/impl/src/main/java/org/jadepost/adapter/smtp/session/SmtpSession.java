package org.jadepost.adapter.smtp.session;

import java.util.Optional;
import java.util.logging.Logger;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.net.ClientConnection;
import org.jadepost.adapter.smtp.SmtpConfiguration;

/**
 * The state of one SMTP connection: where it stands in the command sequence, the EHLO name, the
 * authenticated user, the open transaction's envelope, the error count, and a continuation that
 * takes non-command input. Only one protocol step runs at a time per connection, so it needs no
 * locking.
 */
public final class SmtpSession {

  private static final Logger LOG = Logger.getLogger(SmtpSession.class.getName());

  private final ClientConnection connection;
  private final SmtpConfiguration configuration;
  private final SmtpBackend backend;
  private SmtpSessionState state = SmtpSessionState.CONNECTED;
  private String heloName;
  private String authenticatedUser;
  private SmtpEnvelope envelope;
  private FrameContinuation continuation;
  private FrameContinuation chunkedMessage;
  private int errors;

  /** A new session on {@code connection}. */
  public SmtpSession(
      ClientConnection connection, SmtpConfiguration configuration, SmtpBackend backend) {
    this.connection = connection;
    this.configuration = configuration;
    this.backend = backend;
  }

  /** The connection, for STARTTLS and closing. */
  public ClientConnection connection() {
    return connection;
  }

  /** What the listener is told about the connection now. */
  public ConnectionInfo info() {
    return connection.info();
  }

  /** The listener's settings. */
  public SmtpConfiguration configuration() {
    return configuration;
  }

  /** The MDB gateway. */
  public SmtpBackend backend() {
    return backend;
  }

  /** The current state. */
  public SmtpSessionState state() {
    return state;
  }

  /** The EHLO or HELO name; null before it. */
  public String heloName() {
    return heloName;
  }

  /** EHLO/HELO: records the name and aborts any transaction (RFC 5321 §4.1.4). */
  public void greeted(String name) {
    heloName = name;
    resetTransaction();
    state = SmtpSessionState.READY;
  }

  /** The identity from AUTH, if any. */
  public Optional<String> authenticatedUser() {
    return Optional.ofNullable(authenticatedUser);
  }

  /** AUTH succeeded. */
  public void authenticated(String identity) {
    authenticatedUser = identity;
  }

  /** The open transaction's envelope; null outside a transaction. */
  public SmtpEnvelope envelope() {
    return envelope;
  }

  /** MAIL accepted: opens a transaction. */
  public void mailAccepted(SmtpEnvelope opened) {
    envelope = opened;
    state = SmtpSessionState.MAIL_GIVEN;
  }

  /** RCPT accepted: the envelope gains {@code recipient}. */
  public void recipientAccepted(String recipient) {
    envelope = envelope.withRecipient(recipient);
    state = SmtpSessionState.RCPT_GIVEN;
  }

  /** RSET, end of DATA: drops the transaction, keeps EHLO and AUTH (RFC 5321 §4.1.1.5). */
  public void resetTransaction() {
    envelope = null;
    if (chunkedMessage != null) {
      chunkedMessage.abandon();
      chunkedMessage = null;
    }
    if (state != SmtpSessionState.CONNECTED) {
      state = SmtpSessionState.READY;
    }
  }

  /** STARTTLS: forget everything learnt in clear, EHLO included (RFC 3207 §4.2). */
  public void resetAfterStartTls() {
    resetTransaction();
    heloName = null;
    authenticatedUser = null;
    state = SmtpSessionState.CONNECTED;
  }

  /**
   * Whether credentials may be sent now: on TLS, on loopback (like Dovecot, a local client cannot
   * be sniffed), or when the listener allows clear-text AUTH.
   */
  public boolean isAuthAllowedNow() {
    ConnectionInfo info = info();
    boolean loopback =
        info.remote() != null
            && info.remote().getAddress() != null
            && info.remote().getAddress().isLoopbackAddress();
    return info.secure() || loopback || configuration.allowPlainAuthWithoutTls();
  }

  /** The continuation taking the next frames, if one is active. */
  public Optional<FrameContinuation> continuation() {
    return Optional.ofNullable(continuation);
  }

  /** Routes the following frames to {@code next}, or back to commands when null. */
  public void continueWith(FrameContinuation next) {
    continuation = next;
  }

  /** The BDAT message being received (RFC 3030), if a chunk was already accepted. */
  public Optional<FrameContinuation> chunkedMessage() {
    return Optional.ofNullable(chunkedMessage);
  }

  /** Remembers the BDAT message between chunks; null when it is complete. */
  public void chunkedMessage(FrameContinuation message) {
    chunkedMessage = message;
  }

  private String remote() {
    var remote = connection.info().remote();
    return remote == null ? "?" : remote.getAddress().getHostAddress();
  }

  /** Counts one error and tells whether the limit is reached. */
  public boolean countErrorAndCheckLimit() {
    errors++;
    return errors >= configuration.maxErrors();
  }

  /** Writes {@code response}; the only place SMTP replies become bytes. */
  public void send(SmtpResponse response) {
    if (response.code() >= 400) {
      // Refusals are what an operator asks about: who, on which listener, and why.
      LOG.info(
          () ->
              connection.info().listenerName()
                  + " "
                  + remote()
                  + ": "
                  + response.wireLines().get(response.wireLines().size() - 1));
    }
    response.wireLines().forEach(connection::writeLine);
    if (response.closes()) {
      connection.closeAfterReply();
    }
  }
}
