package org.jadepost.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jadepost.account.control.AccountRules;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.PasswordHasher;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ProviderAdministrator;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;

/** Lets every principal change his own password under the policy (FEATURES B2, L3). */
@Stateless
public class PasswordService {

  @Inject AccountStore accounts;

  /**
   * Replaces the caller's password after checking the current one.
   *
   * @throws InvalidRequestException if the current password is wrong or the new one is weak
   */
  public void changeOwn(Actor actor, String currentPassword, String newPassword) {
    if (actor.isProviderAdmin()) {
      ProviderAdministrator admin =
          accounts.findProviderAdmin(actor.login()).orElseThrow(PasswordService::gone);
      verify(currentPassword, admin.getPasswordHash());
      AccountRules.checkPassword(newPassword, admin.getUsername());
      admin.setPasswordHash(PasswordHasher.hash(newPassword));
      return;
    }
    Account account =
        accounts.find(actor.domain(), actor.localPart()).orElseThrow(PasswordService::gone);
    verify(currentPassword, account.getPasswordHash());
    AccountRules.checkPassword(newPassword, account.getLocalPart());
    account.setPasswordHash(PasswordHasher.hash(newPassword));
  }

  private static void verify(String password, String hash) {
    if (!PasswordHasher.matches(password, hash)) {
      throw new InvalidRequestException(
          "password.current.wrong", "The current password is not right");
    }
  }

  private static NotFoundException gone() {
    return new NotFoundException("account.gone", "The signed-in account no longer exists");
  }
}
