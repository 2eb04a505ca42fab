package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.adapter.api.imap.ImapCaller;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapResponseCode;

/**
 * Finds the account behind an IMAP caller's identity, so that every IMAP lookup starts from the
 * logged-in account and nothing else: another account's folders are simply not found.
 */
@ApplicationScoped
public class ImapAccounts {

  @Inject AccountStore accounts;

  /**
   * The caller's account, still enabled.
   *
   * @throws ImapException {@code UNAVAILABLE} when the account was disabled or deleted since login
   */
  public Account of(ImapCaller caller) throws ImapException {
    String identity = caller.identity();
    int at = identity.lastIndexOf('@');
    Account account =
        at < 0
            ? null
            : accounts
                .find(identity.substring(at + 1), identity.substring(0, at))
                .filter(Account::isEnabled)
                .orElse(null);
    if (account == null) {
      throw new ImapException(ImapResponseCode.UNAVAILABLE, "The account is not available");
    }
    return account;
  }
}
