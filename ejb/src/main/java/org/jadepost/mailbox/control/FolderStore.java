package org.jadepost.mailbox.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.entity.NotFoundException;
import org.jadepost.tenancy.entity.MailDomain;

/** Persistence of folders; every lookup is scoped to the owning account. */
@Stateless
public class FolderStore {

  @PersistenceContext EntityManager em;

  /** Creates the system folders (Inbox, Drafts, Sent, ...) of a new account. */
  public void createSystemFolders(Account account) {
    for (SpecialUse use : SpecialUse.values()) {
      em.persist(new MailFolder(account, null, use.path(), use));
    }
  }

  /**
   * The account's folders by path. An account created before the message store existed gets its
   * system folders here, on first use.
   */
  public List<MailFolder> of(Account account) {
    List<MailFolder> found = query(account);
    if (found.isEmpty()) {
      createSystemFolders(account);
      em.flush();
      found = query(account);
    }
    return found;
  }

  private List<MailFolder> query(Account account) {
    return em.createNamedQuery(MailFolder.BY_ACCOUNT, MailFolder.class)
        .setParameter("account", account)
        .getResultList();
  }

  /**
   * The folder {@code id} of {@code account}, locked for update so that concurrent appends take
   * distinct UIDs. Another account's folder is reported as not found.
   */
  public MailFolder lockOwned(Account account, long id) {
    MailFolder folder = em.find(MailFolder.class, id, LockModeType.PESSIMISTIC_WRITE);
    return owned(account, folder, id);
  }

  /** The folder {@code id} of {@code account}, without a lock. */
  public MailFolder requireOwned(Account account, long id) {
    return owned(account, em.find(MailFolder.class, id), id);
  }

  /** The system folder {@code use} of {@code account}. */
  public MailFolder system(Account account, SpecialUse use) {
    return of(account).stream()
        .filter(f -> f.getSpecialUse() == use)
        .findFirst()
        .orElseThrow(() -> notFound(use.path()));
  }

  /** Bytes stored in all of the account's folders. */
  public long usedBytes(Account account) {
    Number used =
        em.createNamedQuery(MailFolder.USED_BYTES, Number.class)
            .setParameter("account", account)
            .getSingleResult();
    return used.longValue();
  }

  /** Bytes stored in all mailboxes of {@code domain} (T8: the domain quota). */
  public long usedBytes(MailDomain domain) {
    Number used =
        em.createNamedQuery(MailFolder.USED_BYTES_IN_DOMAIN, Number.class)
            .setParameter("domain", domain)
            .getSingleResult();
    return used.longValue();
  }

  private static MailFolder owned(Account account, MailFolder folder, long id) {
    if (folder == null || !folder.getAccount().getId().equals(account.getId())) {
      throw notFound(String.valueOf(id));
    }
    return folder;
  }

  private static NotFoundException notFound(String folder) {
    return new NotFoundException("folder.notfound", "No such folder: " + folder, folder);
  }
}
