package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.jadepost.account.boundary.AuthenticationService;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientLogin;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.pop3.Pop3AuthFailure;
import org.jadepost.adapter.api.pop3.Pop3AuthResult;
import org.jadepost.adapter.api.pop3.Pop3Maildrop;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.api.pop3.Pop3Update;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.control.MessageStore;
import org.jadepost.mailbox.control.PopUniqueId;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.TooManyAttemptsException;

/**
 * A user's Inbox as his POP3 maildrop (T6, RFC 1939). The maildrop holds the Inbox messages his POP
 * range allows (the last week by default, or all) that no POP3 client deleted under delete
 * protection, in UID order; unique ids are {@link PopUniqueId}s. Every call after login names the
 * authenticated identity and reads only that account's Inbox, so one user's session can never reach
 * another's mail.
 *
 * <p>Deletion (UPDATE at QUIT): without delete protection a marked message is removed from the
 * Inbox, counts and MODSEQ updated as for any removal. With "POP clients may not delete web mail"
 * on, it stays in the Inbox, unchanged for the webmail and IMAP, and is hidden from every later
 * POP3 session, so a client that deletes after download does not fetch it again.
 */
@Stateless
public class MaildropService {

  private static final Logger LOG = Logger.getLogger(MaildropService.class.getName());

  @Inject AuthenticationService authentication;
  @Inject AccountStore accounts;
  @Inject FolderStore folders;
  @Inject MessageStore messages;
  @Inject BlobStore blobs;
  @Inject MessageChanges changes;

  /** USER/PASS or AUTH PLAIN; provider administrators have no mailbox. */
  public Pop3AuthResult authenticate(ConnectionInfo connection, String user, String password) {
    try {
      Optional<Actor> actor = login(connection, user, password);
      if (actor.isPresent() && !actor.get().isProviderAdmin()) {
        return Pop3AuthResult.success(actor.get().login());
      }
      LOG.info(() -> "POP3 login failed for " + user + " from " + remote(connection));
      return Pop3AuthResult.failure(Pop3AuthFailure.CREDENTIALS);
    } catch (TooManyAttemptsException e) {
      LOG.warning(() -> "POP3 login locked for " + user + " from " + remote(connection));
      return Pop3AuthResult.failure(Pop3AuthFailure.LOCKED);
    }
  }

  /** The maildrop snapshot of {@code identity}'s Inbox. */
  public Pop3Maildrop open(String identity) {
    Account account = account(identity);
    MailFolder inbox = folders.system(account, SpecialUse.INBOX);
    Instant since = account.getPopRange().since(Instant.now());
    return new Pop3Maildrop(
        messages.popMaildrop(inbox, since).stream()
            .map(
                m ->
                    new Pop3MessageInfo(
                        PopUniqueId.of(inbox, m).toString(),
                        m.getSizeBytes(),
                        blobs.file(m.getBlobId()).map(Path::toString).orElse(null)))
            .toList());
  }

  /** The raw bytes of {@code identity}'s Inbox message {@code uniqueId}, if it still exists. */
  public Optional<InputStream> message(String identity, String uniqueId) {
    MailFolder inbox = folders.system(account(identity), SpecialUse.INBOX);
    Optional<MailMessage> message = find(inbox, uniqueId);
    if (message.isEmpty()) {
      return Optional.empty();
    }
    try {
      return blobs.open(message.get().getBlobId());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read message " + uniqueId, e);
    }
  }

  /** UPDATE (RFC 1939 §6): removes or, under delete protection, hides the marked messages. */
  public Pop3Update commit(String identity, List<String> uniqueIds) {
    Account account = account(identity);
    MailFolder inbox = folders.lockSystem(account, SpecialUse.INBOX);
    boolean protect = account.isPopDeleteProtection();
    List<MailMessage> doomed = new ArrayList<>();
    for (String id : uniqueIds) {
      // A message removed by another session or client meanwhile is skipped.
      find(inbox, id).ifPresent(doomed::add);
    }
    if (protect) {
      doomed.forEach(MailMessage::hideFromPop);
    } else {
      // Like an IMAP expunge: tombstones, one MODSEQ, and selected IMAP sessions hear of it.
      changes.remove(inbox, doomed);
    }
    int done = doomed.size();
    return protect ? new Pop3Update(0, done) : new Pop3Update(done, 0);
  }

  /** The one place POP3 checks credentials. */
  private Optional<Actor> login(ConnectionInfo connection, String user, String password) {
    return authentication.authenticateClient(
        new ClientLogin(ClientProtocol.POP3, connection.remoteAddress(), user, password));
  }

  private Optional<MailMessage> find(MailFolder inbox, String uniqueId) {
    return PopUniqueId.parse(uniqueId)
        .filter(id -> id.belongsTo(inbox))
        .flatMap(id -> messages.find(inbox, id.uid()));
  }

  /** The account an identity from {@link #authenticate} names: {@code local@domain}. */
  private Account account(String identity) {
    int at = identity.lastIndexOf('@');
    if (at < 1) {
      throw new IllegalArgumentException("Not a mailbox identity: " + identity);
    }
    return accounts.require(
        identity.substring(at + 1), identity.substring(0, at).toLowerCase(Locale.ROOT));
  }

  private static String remote(ConnectionInfo connection) {
    return connection.remote() == null ? "?" : connection.remote().getHostString();
  }
}
