package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.PasswordHasher;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.FolderLockStore;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.entity.FolderPassword;
import org.jadepost.mailbox.entity.LockScope;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.UnlockAttempt;
import org.jadepost.mailbox.entity.UnlockAttemptSummary;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Folder passwords (FEATURES N1): a user may protect each of seven folders (the manual's Inbox,
 * Drafts, Sent, Deleted, Spam, My folders, Other mailboxes) with a password that the webmail asks
 * before the folder opens. Every attempt is logged. IMAP and POP3 are not affected: they have the
 * account's own login.
 */
@Stateless
public class FolderLockService {

  /** The shortest folder password. */
  public static final int MIN_PASSWORD = 4;

  @Inject AccountStore accounts;
  @Inject FolderStore folders;
  @Inject FolderLockStore locks;

  /** The scopes the caller protected. */
  public List<LockScope> protectedScopes(Actor actor) {
    return locks.of(accounts.own(actor)).stream().map(FolderPassword::getScope).toList();
  }

  /**
   * Sets the caller's password for {@code scope}; a blank one removes the protection.
   *
   * @throws InvalidRequestException {@code folderlock.password.short} below {@link #MIN_PASSWORD}
   */
  public void setPassword(Actor actor, LockScope scope, String password) {
    Account account = accounts.own(actor);
    Optional<FolderPassword> existing = locks.find(account, scope);
    if (password == null || password.isBlank()) {
      existing.ifPresent(locks::remove);
      return;
    }
    if (password.length() < MIN_PASSWORD) {
      throw new InvalidRequestException(
          "folderlock.password.short",
          "A folder password has at least " + MIN_PASSWORD + " characters",
          String.valueOf(MIN_PASSWORD));
    }
    String hash = PasswordHasher.hash(password);
    existing.ifPresentOrElse(
        p -> p.setPasswordHash(hash),
        () -> locks.persist(new FolderPassword(account.getId(), scope, hash)));
  }

  /** The protected scope the caller's folder {@code folderId} falls under, if it is protected. */
  public Optional<LockScope> lockOf(Actor actor, long folderId) {
    Account account = accounts.own(actor);
    MailFolder folder = folders.requireOwned(account, folderId);
    return LockScope.of(folder.getSpecialUse()).filter(s -> locks.find(account, s).isPresent());
  }

  /**
   * Whether {@code password} opens the caller's folder {@code folderId}: true for a folder that is
   * not protected. A protected folder's attempt is logged, right or wrong.
   */
  public boolean unlock(Actor actor, long folderId, String password) {
    Account account = accounts.own(actor);
    MailFolder folder = folders.requireOwned(account, folderId);
    Optional<LockScope> scope = LockScope.of(folder.getSpecialUse());
    Optional<FolderPassword> lock = scope.flatMap(s -> locks.find(account, s));
    if (lock.isEmpty()) {
      return true;
    }
    boolean right =
        password != null && PasswordHasher.matches(password, lock.get().getPasswordHash());
    locks.log(new UnlockAttempt(account.getId(), scope.get(), folder.getPath(), right));
    return right;
  }

  /** The caller's latest attempts to open protected folders, newest first. */
  public List<UnlockAttemptSummary> attempts(Actor actor) {
    return locks.attempts(accounts.own(actor)).stream().map(UnlockAttemptSummary::of).toList();
  }
}
