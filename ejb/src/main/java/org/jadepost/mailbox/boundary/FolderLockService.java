package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.account.control.AccountRules;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.PasswordHasher;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.FolderLockStore;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.FolderUnlockThrottle;
import org.jadepost.mailbox.entity.FolderPassword;
import org.jadepost.mailbox.entity.LockScope;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.UnlockAttempt;
import org.jadepost.mailbox.entity.UnlockAttemptSummary;
import org.jadepost.mailbox.entity.UnlockOutcome;
import org.jadepost.mailbox.entity.UnlockResult;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/**
 * Folder passwords (FEATURES N1): a user may protect each of seven folders (the manual's Inbox,
 * Drafts, Sent, Deleted, Spam, My folders, Other mailboxes) with a password that the webmail asks
 * before the folder opens. Every attempt is logged (the user and his domain's administrators see
 * the log), and wrong passwords are throttled like logins. IMAP, POP3 and the mailbox REST API are
 * not affected: each asks for the account's own password on every connection or request (the REST
 * API does not accept the webmail session), so the lock guards an open webmail, as in the manual.
 */
@Stateless
public class FolderLockService {

  private static final Logger LOG = Logger.getLogger(FolderLockService.class.getName());

  /** The shortest folder password. */
  public static final int MIN_PASSWORD = 4;

  @Inject AccountStore accounts;
  @Inject DomainStore domains;
  @Inject FolderStore folders;
  @Inject FolderLockStore locks;
  @Inject FolderUnlockThrottle throttle;

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
   * Tries {@code password} on the caller's folder {@code folderId}: opens at once a folder that is
   * not protected. A protected folder's attempt is logged, right, wrong or refused; the wrong
   * password that locks the folder ({@link FolderUnlockThrottle}) is also written to the server log
   * for the administrator.
   */
  public UnlockResult unlock(Actor actor, long folderId, String password) {
    Account account = accounts.own(actor);
    MailFolder folder = folders.requireOwned(account, folderId);
    Optional<LockScope> scope = LockScope.of(folder.getSpecialUse());
    Optional<FolderPassword> lock = scope.flatMap(s -> locks.find(account, s));
    if (lock.isEmpty()) {
      return UnlockResult.OPEN;
    }
    Instant now = Instant.now();
    List<UnlockAttempt> recent =
        new ArrayList<>(locks.since(account, scope.get(), throttle.horizon(now)));
    Optional<Instant> lockedUntil = throttle.lockedUntil(recent, now);
    if (lockedUntil.isPresent()) {
      locks.log(attempt(account, folder, scope.get(), UnlockOutcome.REFUSED, now));
      return new UnlockResult(UnlockOutcome.REFUSED, lockedUntil);
    }
    boolean right =
        password != null && PasswordHasher.matches(password, lock.get().getPasswordHash());
    UnlockAttempt attempt =
        attempt(
            account, folder, scope.get(), right ? UnlockOutcome.OPENED : UnlockOutcome.WRONG, now);
    locks.log(attempt);
    if (right) {
      return UnlockResult.OPEN;
    }
    recent.add(attempt);
    lockedUntil = throttle.lockedUntil(recent, now);
    if (lockedUntil.isEmpty()) {
      return UnlockResult.WRONG;
    }
    attempt.locked();
    LOG.log(
        Level.WARNING,
        "Folder {0} of account {1} locked until {2} after {3} wrong passwords",
        new Object[] {
          scope.get(), account.getId(), lockedUntil.get(), FolderUnlockThrottle.MAX_WRONG
        });
    return new UnlockResult(UnlockOutcome.LOCKED, lockedUntil);
  }

  private static UnlockAttempt attempt(
      Account account, MailFolder folder, LockScope scope, UnlockOutcome outcome, Instant now) {
    return new UnlockAttempt(account.getId(), scope, folder.getPath(), outcome, now);
  }

  /**
   * The latest attempts on the protected folders of user {@code localPart} of {@code domainName},
   * newest first, for an administrator of that domain: how he sees guessing and locks.
   *
   * @throws org.jadepost.platform.entity.ForbiddenException not an administrator of the domain
   * @throws org.jadepost.platform.entity.NotFoundException no such user
   */
  public List<UnlockAttemptSummary> attemptsOf(Actor admin, String domainName, String localPart) {
    MailDomain domain = domains.requireAdministered(admin, domainName);
    Account account = accounts.require(domain.getName(), AccountRules.localPart(localPart));
    return locks.attempts(account).stream().map(UnlockAttemptSummary::of).toList();
  }

  /** The caller's latest attempts to open protected folders, newest first. */
  public List<UnlockAttemptSummary> attempts(Actor actor) {
    return locks.attempts(accounts.own(actor)).stream().map(UnlockAttemptSummary::of).toList();
  }
}
