package org.jadepost.adapter.imap.session;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.imap.ImapCaller;
import org.jadepost.adapter.events.MailboxEventBus;
import org.jadepost.adapter.imap.ImapConfiguration;
import org.jadepost.adapter.imap.encode.ImapEncoder;
import org.jadepost.adapter.imap.response.ImapResponse;
import org.jadepost.adapter.net.ClientConnection;

/**
 * The state of one IMAP connection: RFC 3501 state, who is logged in, the selected folder, enabled
 * extensions, and the frame assembly of a command in progress. Frames and change events both lock
 * the session, so they never interleave.
 */
public final class ImapSession {

  private static final Logger LOG = Logger.getLogger(ImapSession.class.getName());

  private final ClientConnection connection;
  private final ImapConfiguration configuration;
  private final ImapBackend backend;
  private final MailboxEventBus events;
  private final CommandAssembly assembly = new CommandAssembly();
  private final AtomicBoolean changed = new AtomicBoolean();
  private ImapSessionState state = ImapSessionState.NOT_AUTHENTICATED;
  private ImapCaller caller;
  private SelectedMailbox selected;
  private MailboxEventBus.Subscription subscription;
  private boolean utf8;
  private boolean condstore;
  private boolean qresync;
  private String idleTag;
  private String authTag;

  /** A new session on {@code connection}. */
  public ImapSession(
      ClientConnection connection,
      ImapConfiguration configuration,
      ImapBackend backend,
      MailboxEventBus events) {
    this.connection = connection;
    this.configuration = configuration;
    this.backend = backend;
    this.events = events;
  }

  /** The connection. */
  public ClientConnection connection() {
    return connection;
  }

  /** The listener settings. */
  public ImapConfiguration configuration() {
    return configuration;
  }

  /** The MDB port. */
  public ImapBackend backend() {
    return backend;
  }

  /** The assembly of the command being received. */
  public CommandAssembly assembly() {
    return assembly;
  }

  /** The RFC 3501 state. */
  public ImapSessionState state() {
    return state;
  }

  /** Moves to {@code next}. */
  public void state(ImapSessionState next) {
    state = next;
  }

  /** Who is logged in; only valid after login. */
  public ImapCaller caller() {
    return caller;
  }

  /** Records a successful login. */
  public void login(String identity) {
    caller = new ImapCaller(identity, connection.info());
    state = ImapSessionState.AUTHENTICATED;
  }

  /** The caller with the connection's current TLS state. */
  public ImapCaller currentCaller() {
    return new ImapCaller(caller.identity(), connection.info());
  }

  /** The selected folder, if any. */
  public Optional<SelectedMailbox> selected() {
    return Optional.ofNullable(selected);
  }

  /** Selects {@code mailbox} and listens for its changes. */
  public void select(SelectedMailbox mailbox, java.util.function.Consumer<Object> onChange) {
    deselect();
    selected = mailbox;
    state = ImapSessionState.SELECTED;
    changed.set(false);
    subscription =
        events.subscribe(
            caller.identity(),
            mailbox.name(),
            change -> {
              if (change.highestModseq() == 0 || change.highestModseq() > knownModseq()) {
                changed.set(true);
                onChange.accept(change);
              }
            });
  }

  private synchronized long knownModseq() {
    return selected == null ? Long.MAX_VALUE : selected.highestModseq();
  }

  /** Leaves the selected folder, back to AUTHENTICATED. */
  public void deselect() {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
    if (selected != null) {
      selected = null;
      state = ImapSessionState.AUTHENTICATED;
    }
  }

  /** Whether a change event arrived since the last report; clears the mark. */
  public boolean takeChanged() {
    return changed.getAndSet(false);
  }

  /** Marks that changes are waiting to be reported. */
  public void markChanged() {
    changed.set(true);
  }

  /** Whether the client enabled UTF8=ACCEPT (RFC 6855). */
  public boolean utf8() {
    return utf8;
  }

  /** Enables UTF8=ACCEPT. */
  public void enableUtf8() {
    utf8 = true;
  }

  /** Whether CONDSTORE is on (RFC 7162 §3.1). */
  public boolean condstore() {
    return condstore;
  }

  /** Turns CONDSTORE on. */
  public void enableCondstore() {
    condstore = true;
  }

  /** Whether QRESYNC is on (RFC 7162 §3.2.3): expunges are then reported as VANISHED. */
  public boolean qresync() {
    return qresync;
  }

  /** Turns QRESYNC on, and CONDSTORE with it. */
  public void enableQresync() {
    qresync = true;
    condstore = true;
  }

  /** The tag of the IDLE in progress, if any. */
  public Optional<String> idleTag() {
    return Optional.ofNullable(idleTag);
  }

  /** Starts or (null) ends IDLE. */
  public void idleTag(String tag) {
    idleTag = tag;
  }

  /** The tag of the AUTHENTICATE waiting for the client's response, if any. */
  public Optional<String> authTag() {
    return Optional.ofNullable(authTag);
  }

  /** Starts or (null) ends an AUTHENTICATE exchange. */
  public void authTag(String tag) {
    authTag = tag;
  }

  /** Whether LOGIN is allowed: TLS, loopback (as Dovecot), or configured so. */
  public boolean plainLoginAllowed() {
    var info = connection.info();
    return info.secure()
        || configuration.allowPlainAuthWithoutTls()
        || (info.remote() != null && info.remote().getAddress().isLoopbackAddress());
  }

  /**
   * Queues {@code response}, streaming message literals at the client's pace. If a message cannot
   * be read once its literal was announced, the response cannot be completed: the connection is
   * closed.
   */
  public void send(ImapResponse response) {
    try {
      ImapEncoder.write(response, connection::writePaced);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing an IMAP connection: a response could not be completed", e);
      connection.closeAfterReply();
    }
  }

  /** Releases the subscription and any half-received literal. */
  public void close() {
    deselect();
    assembly.reset();
  }
}
