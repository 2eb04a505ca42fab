package org.jadepost.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jadepost.account.control.AccountRules;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.AddressBook;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.MailAlias;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/** Aliases of a user (R1): further addresses in his domain that deliver to his mailbox. */
@Stateless
public class AliasService {

  /** Enough for role addresses (sales@, info@...) without turning a mailbox into a catch-all. */
  public static final int MAX_PER_ACCOUNT = 50;

  @Inject DomainStore domains;
  @Inject AccountStore accounts;
  @Inject AddressBook addresses;

  /** The aliases of {@code localPart@domainName}, as full addresses. */
  public List<String> list(Actor actor, String domainName, String localPart) {
    Account account = account(actor, domainName, localPart);
    return addresses.aliases(account).stream().map(MailAlias::address).toList();
  }

  /** Adds {@code alias} (a mailbox name in the same domain) to the user. */
  public String add(Actor actor, String domainName, String localPart, String alias) {
    Account account = account(actor, domainName, localPart);
    String name = AccountRules.localPart(alias);
    String domain = account.getDomain().getName();
    if (accounts.find(domain, name).isPresent() || addresses.alias(domain, name).isPresent()) {
      throw new ConflictException(
          "alias.exists", "The address is taken: " + name + "@" + domain, name + "@" + domain);
    }
    if (addresses.aliases(account).size() >= MAX_PER_ACCOUNT) {
      throw new InvalidRequestException(
          "alias.toomany",
          "A user can have at most " + MAX_PER_ACCOUNT + " aliases",
          String.valueOf(MAX_PER_ACCOUNT));
    }
    MailAlias created = new MailAlias(account, name);
    addresses.persist(created);
    return created.address();
  }

  /** Removes {@code alias} from the user. */
  public void remove(Actor actor, String domainName, String localPart, String alias) {
    Account account = account(actor, domainName, localPart);
    String domain = account.getDomain().getName();
    String name = AccountRules.localPart(alias);
    MailAlias found =
        addresses
            .alias(domain, name)
            .filter(a -> a.getAccount().equals(account))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "alias.notfound",
                        "No such alias: " + name + "@" + domain,
                        name + "@" + domain));
    addresses.remove(found);
  }

  private Account account(Actor actor, String domainName, String localPart) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    return accounts.require(domain.getName(), AccountRules.localPart(localPart));
  }
}
