package org.jadepost.mailbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jadepost.account.entity.Account;
import org.jadepost.adapter.api.imap.ImapCaller;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.platform.entity.BusinessException;

/**
 * Runs one IMAP call for the caller's own account: resolves the account, runs the work, and turns a
 * business failure into an {@link ImapException} after marking the transaction for rollback (a
 * checked exception would otherwise let a half-done change commit).
 */
@ApplicationScoped
public class ImapCalls {

  /** Work on the caller's account. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work for {@code account}. */
    T on(Account account) throws ImapException;
  }

  @Resource TransactionSynchronizationRegistry transaction;
  @Inject ImapAccounts accounts;

  /** The result of {@code work} on the caller's account. */
  public <T> T run(ImapCaller caller, Work<T> work) throws ImapException {
    Account account = accounts.of(caller);
    try {
      return work.on(account);
    } catch (BusinessException e) {
      throw rollBack(ImapFailures.of(e));
    }
  }

  /** Marks the transaction for rollback and returns {@code failure} to throw. */
  public ImapException rollBack(ImapException failure) {
    transaction.setRollbackOnly();
    return failure;
  }
}
