package org.jadepost.adapter.pop3.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.net.ClientConnection;
import org.jadepost.adapter.pop3.Pop3Configuration;

/**
 * The state of one POP3 connection: its {@link Pop3SessionState}, the user name given with USER,
 * the identity and maildrop after login, an active SASL continuation and the error count. Only one
 * protocol step runs at a time per connection, so it needs no locking.
 */
public final class Pop3Session {

  private static final Logger LOG = Logger.getLogger(Pop3Session.class.getName());

  private final ClientConnection connection;
  private final Pop3Configuration configuration;
  private final Pop3Backend backend;
  private Pop3SessionState state = Pop3SessionState.AUTHORIZATION;
  private String user;
  private String identity;
  private Maildrop maildrop;
  private Pop3Continuation continuation;
  private int errors;

  /** A new session on {@code connection}, in the AUTHORIZATION state. */
  public Pop3Session(
      ClientConnection connection, Pop3Configuration configuration, Pop3Backend backend) {
    this.connection = connection;
    this.configuration = configuration;
    this.backend = backend;
  }

  /** The connection, for STLS and closing. */
  public ClientConnection connection() {
    return connection;
  }

  /** What the listener is told about the connection now. */
  public ConnectionInfo info() {
    return connection.info();
  }

  /** The listener's settings. */
  public Pop3Configuration configuration() {
    return configuration;
  }

  /** The MDB gateway. */
  public Pop3Backend backend() {
    return backend;
  }

  /** The current state. */
  public Pop3SessionState state() {
    return state;
  }

  /** The name given with USER and not yet used by PASS. */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /** USER: remembers the name for PASS; null forgets it. */
  public void user(String name) {
    user = name;
  }

  /** The identity the listener returned at login; only set in TRANSACTION and UPDATE. */
  public String identity() {
    return identity;
  }

  /** The maildrop snapshot; only set in TRANSACTION and UPDATE. */
  public Maildrop maildrop() {
    return maildrop;
  }

  /** Login and maildrop succeeded: the TRANSACTION state begins (RFC 1939 §4). */
  public void enterTransaction(String authenticated, Maildrop opened) {
    user = null;
    identity = authenticated;
    maildrop = opened;
    state = Pop3SessionState.TRANSACTION;
  }

  /** QUIT in TRANSACTION: the UPDATE state (RFC 1939 §6). */
  public void enterUpdate() {
    state = Pop3SessionState.UPDATE;
  }

  /** STLS: forget what was said in clear (RFC 2595 §4). */
  public void resetAfterStartTls() {
    user = null;
  }

  /**
   * Whether credentials may be sent now: on TLS, from loopback (as for SMTP AUTH and like Dovecot,
   * a local client cannot be sniffed), or when the listener allows logins in clear.
   */
  public boolean isLoginAllowedNow() {
    return connection.info().secure()
        || connection.isFromLoopback()
        || configuration.allowPlainAuthWithoutTls();
  }

  /** The continuation taking the next line, if one is active. */
  public Optional<Pop3Continuation> continuation() {
    return Optional.ofNullable(continuation);
  }

  /** Routes the next line to {@code next}, or back to commands when null. */
  public void continueWith(Pop3Continuation next) {
    continuation = next;
  }

  /** Counts one error and tells whether the limit is reached. */
  public boolean countErrorAndCheckLimit() {
    errors++;
    return errors >= configuration.maxErrors();
  }

  /** Writes {@code response}: the only place POP3 replies become bytes. */
  public void send(Pop3Response response) {
    if (response.isError()) {
      LOG.fine(() -> info().listenerName() + " " + info().remote() + ": " + response.statusLine());
    }
    connection.writeLine(response.statusLine());
    if (response.lines() != null) {
      for (String line : response.lines()) {
        connection.writeLine(line.startsWith(".") ? "." + line : line); // RFC 1939 §3
      }
      connection.writeLine(".");
    }
    if (response.message() != null) {
      stream(response.message());
    }
    if (response.closes()) {
      connection.closeAfterReply();
    }
  }

  private void stream(Pop3Response.MessageData data) {
    try (InputStream message = data.stream()) {
      if (!new DotStuffer(connection::writeAndWait, data.bodyLines()).send(message)) {
        connection.closeAfterReply();
      }
    } catch (IOException e) {
      // The +OK is out; the client cannot tell a cut message from a whole one, so hang up.
      LOG.log(Level.WARNING, "Reading a message for " + identity + " failed", e);
      connection.closeAfterReply();
    }
  }
}
