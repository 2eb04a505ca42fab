package org.jadepost.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jadepost.account.control.AccountRules;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.AddressBook;
import org.jadepost.account.control.DepartmentStore;
import org.jadepost.account.control.PasswordHasher;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.NewUser;
import org.jadepost.account.entity.Role;
import org.jadepost.account.entity.UserChanges;
import org.jadepost.account.entity.UserSummary;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/** Creates, lists, changes and deletes the accounts of a domain (FEATURES R1, B2). */
@Stateless
public class AccountService {

  /** The most accounts one page of a listing returns. */
  public static final int MAX_PAGE = 500;

  @Inject AccountStore accounts;
  @Inject DomainStore domains;
  @Inject DepartmentStore departments;
  @Inject FolderStore mailboxFolders;
  @Inject AddressBook addresses;

  /** Creates {@code user} in {@code domainName}. */
  public UserSummary createUser(Actor actor, String domainName, NewUser user) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    String localPart = AccountRules.localPart(user.localPart());
    AccountRules.checkPassword(user.password(), localPart);
    if (accounts.find(domain.getName(), localPart).isPresent()
        || addresses.alias(domain.getName(), localPart).isPresent()) {
      throw new ConflictException(
          "account.exists",
          "User already exists: " + localPart + "@" + domain.getName(),
          localPart + "@" + domain.getName());
    }
    if (accounts.countByDomain(domain.getName()) >= domain.getMaxUsers()) {
      throw new InvalidRequestException(
          "domain.maxusers", "The domain has reached its user limit", "" + domain.getMaxUsers());
    }
    long quota = user.quotaBytes() == null ? domain.getUserQuotaBytes() : user.quotaBytes();
    checkQuota(domain, quota, 0);
    Account account =
        new Account(
            domain,
            localPart,
            AccountRules.displayName(user.displayName(), localPart),
            PasswordHasher.hash(user.password()),
            quota);
    setRole(account, user.role());
    if (user.departmentId() != null && user.departmentId() != 0) {
      account.setDepartment(departments.require(domain.getName(), user.departmentId()));
    }
    Account created = accounts.persist(account);
    mailboxFolders.createSystemFolders(created);
    return UserSummary.of(created);
  }

  /** One page of the domain's accounts ordered by local part. */
  public List<UserSummary> listUsers(Actor actor, String domainName, int offset, int limit) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    int page = Math.max(1, Math.min(limit, MAX_PAGE));
    return accounts.byDomain(domain.getName(), Math.max(0, offset), page).stream()
        .map(UserSummary::of)
        .toList();
  }

  /** The account {@code localPart@domainName}. */
  public UserSummary getUser(Actor actor, String domainName, String localPart) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    return UserSummary.of(accounts.require(domain.getName(), AccountRules.localPart(localPart)));
  }

  /** Applies {@code changes} to an account. */
  public UserSummary updateUser(
      Actor actor, String domainName, String localPart, UserChanges changes) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    Account account = accounts.require(domain.getName(), AccountRules.localPart(localPart));
    if (changes.displayName() != null) {
      account.setDisplayName(
          AccountRules.displayName(changes.displayName(), account.getLocalPart()));
    }
    if (changes.quotaBytes() != null) {
      checkQuota(domain, changes.quotaBytes(), account.getQuotaBytes());
      account.setQuotaBytes(changes.quotaBytes());
    }
    if (changes.enabled() != null) {
      refuseSelf(actor, account, "account.self.disable");
      account.setEnabled(changes.enabled());
    }
    if (changes.role() != null) {
      refuseSelf(actor, account, "account.self.role");
      setRole(account, changes.role());
    }
    if (changes.departmentId() != null) {
      account.setDepartment(
          changes.departmentId() == 0
              ? null
              : departments.require(domain.getName(), changes.departmentId()));
    }
    return UserSummary.of(account);
  }

  /** Sets a new password for an account, as its administrator. */
  public void resetPassword(Actor actor, String domainName, String localPart, String password) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    Account account = accounts.require(domain.getName(), AccountRules.localPart(localPart));
    AccountRules.checkPassword(password, account.getLocalPart());
    account.setPasswordHash(PasswordHasher.hash(password));
  }

  /** Deletes an account. An administrator cannot delete himself. */
  public void deleteUser(Actor actor, String domainName, String localPart) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    Account account = accounts.require(domain.getName(), AccountRules.localPart(localPart));
    refuseSelf(actor, account, "account.self.delete");
    accounts.remove(account);
  }

  private void checkQuota(MailDomain domain, long requested, long current) {
    if (requested <= 0) {
      throw new InvalidRequestException("value.notpositive", "Quotas and limits must be positive");
    }
    long free = domain.getQuotaBytes() - accounts.allocatedQuota(domain.getName()) + current;
    if (requested > free) {
      throw new InvalidRequestException(
          "account.quota.exceedsdomain",
          "The mailbox quota exceeds what is left of the domain quota: " + free,
          String.valueOf(Math.max(0, free)));
    }
  }

  private static void setRole(Account account, Role role) {
    account.setRole(role == null ? Role.USER : role);
  }

  private static void refuseSelf(Actor actor, Account account, String code) {
    if (actor.login().equals(account.address())) {
      throw new InvalidRequestException(code, "Administrators cannot do this to themselves");
    }
  }
}
