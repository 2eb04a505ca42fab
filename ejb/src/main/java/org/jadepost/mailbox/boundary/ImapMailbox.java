package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.boundary.AuthenticationService;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientLogin;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.imap.ImapCaller;
import org.jadepost.adapter.api.imap.ImapChanges;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFolder;
import org.jadepost.adapter.api.imap.ImapFolderStatus;
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.adapter.api.imap.ImapSelection;
import org.jadepost.mailbox.control.ChangeNotifier;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.FolderTree;
import org.jadepost.mailbox.control.ImapCalls;
import org.jadepost.mailbox.control.ImapViews;
import org.jadepost.mailbox.control.MessageCopier;
import org.jadepost.mailbox.control.MessageRows;
import org.jadepost.mailbox.entity.FolderPath;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.entity.BusinessException;

/**
 * IMAP's view of a mailbox as a whole: login, the folder list and its changes (CREATE, DELETE,
 * RENAME, SUBSCRIBE), STATUS, SELECT and the changes a selected session must learn. Every call
 * starts from the caller's own account. Business failures roll the transaction back and become
 * {@link ImapException}s with RFC 5530 codes.
 */
@Stateless
public class ImapMailbox {

  @Inject AuthenticationService authentication;
  @Inject AccountStore accountStore;
  @Inject ImapCalls calls;
  @Inject FolderStore folderStore;
  @Inject FolderTree tree;
  @Inject MessageRows rows;
  @Inject MessageCopier copier;
  @Inject ChangeNotifier notifier;

  /** LOGIN and AUTHENTICATE PLAIN: the canonical identity of the account. */
  public String login(ConnectionInfo connection, String user, String password)
      throws ImapException {
    Optional<Actor> actor;
    try {
      actor = authenticate(connection, user, password);
    } catch (BusinessException e) {
      throw new ImapException(ImapResponseCode.UNAVAILABLE, "Too many failed logins; wait");
    }
    if (actor.isEmpty()) {
      throw new ImapException(ImapResponseCode.AUTHENTICATIONFAILED, "Authentication failed");
    }
    if (actor.get().isProviderAdmin()) {
      throw new ImapException(ImapResponseCode.AUTHORIZATIONFAILED, "No mailbox for this login");
    }
    Account account = accountStore.require(actor.get().domain(), actor.get().localPart());
    return account.address();
  }

  // The one place IMAP checks credentials: authorization codes (T7), the login log and its
  // throttle (B4) apply as on every other protocol.
  private Optional<Actor> authenticate(ConnectionInfo connection, String user, String password) {
    return authentication.authenticateClient(
        new ClientLogin(ClientProtocol.IMAP, connection.remoteAddress(), user, password));
  }

  /** Every folder of the caller (LIST, LSUB). */
  public List<ImapFolder> folders(ImapCaller caller) throws ImapException {
    return calls.run(caller, a -> folderStore.of(a).stream().map(ImapViews::folder).toList());
  }

  /** STATUS. */
  public ImapFolderStatus status(ImapCaller caller, String folder) throws ImapException {
    return calls.run(
        caller, a -> ImapViews.status(FolderSummary.of(tree.require(a, FolderPath.of(folder)))));
  }

  /** SELECT and EXAMINE: UIDs and flags of the whole folder in one query. */
  public ImapSelection select(ImapCaller caller, String folder) throws ImapException {
    return calls.run(
        caller, a -> ImapViews.selection(rows.snapshot(tree.require(a, FolderPath.of(folder)))));
  }

  /** What changed in {@code folder} after {@code sinceModseq}. */
  public ImapChanges changes(ImapCaller caller, String folder, long sinceModseq)
      throws ImapException {
    // A folder deleted meanwhile (or left as a \\Noselect node) ends the session: NONEXISTENT.
    return calls.run(
        caller,
        a -> {
          MailFolder found =
              tree.find(a, FolderPath.of(folder))
                  .filter(f -> !f.isNoselect())
                  .orElseThrow(
                      () ->
                          new ImapException(
                              ImapResponseCode.NONEXISTENT, "The folder is gone: " + folder));
          return ImapViews.changes(rows.changesSince(found, sinceModseq));
        });
  }

  /** CREATE, with missing parents. */
  public void create(ImapCaller caller, String folder) throws ImapException {
    calls.run(
        caller,
        a -> {
          MailFolder created = tree.create(a, FolderPath.of(folder));
          notifier.listChanged(created, created.getPath());
          return created;
        });
  }

  /** DELETE: not system folders; a folder with children stays as a \\Noselect node. */
  public void delete(ImapCaller caller, String folder) throws ImapException {
    calls.run(
        caller,
        a -> {
          FolderPath path = FolderPath.of(folder);
          MailFolder doomed = tree.delete(a, path);
          notifier.listChanged(doomed, path.value());
          return doomed;
        });
  }

  /**
   * RENAME with inferiors; renaming INBOX moves its messages to a new folder and leaves INBOX empty
   * (RFC 3501 §6.3.5).
   */
  public void rename(ImapCaller caller, String folder, String newName) throws ImapException {
    calls.run(caller, a -> rename(a, FolderPath.of(folder), FolderPath.of(newName)));
  }

  private MailFolder rename(Account account, FolderPath from, FolderPath to) {
    if (from.inbox()) {
      MailFolder target = tree.create(account, to);
      copier.move(tree.lock(account, from), UidSet.ALL, target);
      return target;
    }
    List<MailFolder> inferiors = tree.rename(account, from, to);
    MailFolder renamed = tree.find(account, to).orElseThrow();
    notifier.listChanged(renamed, from.value());
    for (MailFolder inferior : inferiors) {
      String below = inferior.getPath().substring(to.value().length());
      notifier.listChanged(inferior, from.value() + below);
    }
    return renamed;
  }

  /** SUBSCRIBE and UNSUBSCRIBE; a folder that does not exist has nothing to remember it by. */
  public void subscribe(ImapCaller caller, String folder, boolean subscribed) throws ImapException {
    calls.run(
        caller,
        a -> {
          tree.find(a, FolderPath.of(folder)).ifPresent(f -> f.setSubscribed(subscribed));
          return null;
        });
  }
}
