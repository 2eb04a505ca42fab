package org.jadepost.account.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.MailAlias;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainNames;

/** Maps the addresses of hosted domains to mailboxes: an account's own address or an alias. */
@Stateless
public class AddressBook {

  @PersistenceContext EntityManager em;
  @Inject AccountStore accounts;

  /** The mailbox {@code localPart@domain} delivers to; {@code domain} is canonical. */
  public Optional<Account> resolve(String domain, String localPart) {
    String name = localPart.toLowerCase(Locale.ROOT);
    Optional<Account> account = accounts.find(domain, name);
    return account.isPresent() ? account : alias(domain, name).map(MailAlias::getAccount);
  }

  /** Whether {@code address} (canonical domain) is the account's own address or an alias of it. */
  public boolean owns(Account account, String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return false;
    }
    String domain;
    try {
      domain = DomainNames.normalize(address.substring(at + 1));
    } catch (InvalidRequestException e) {
      return false;
    }
    String localPart = address.substring(0, at).toLowerCase(Locale.ROOT);
    if (!domain.equals(account.getDomain().getName())) {
      return false;
    }
    return localPart.equals(account.getLocalPart())
        || alias(domain, localPart).filter(a -> a.getAccount().equals(account)).isPresent();
  }

  public Optional<MailAlias> alias(String domain, String localPart) {
    return em.createNamedQuery(MailAlias.BY_ADDRESS, MailAlias.class)
        .setParameter("domain", domain)
        .setParameter("localPart", localPart)
        .getResultStream()
        .findFirst();
  }

  public List<MailAlias> aliases(Account account) {
    return em.createNamedQuery(MailAlias.BY_ACCOUNT, MailAlias.class)
        .setParameter("account", account)
        .getResultList();
  }

  public void persist(MailAlias alias) {
    em.persist(alias);
    em.flush();
  }

  public void remove(MailAlias alias) {
    em.remove(alias);
  }
}
