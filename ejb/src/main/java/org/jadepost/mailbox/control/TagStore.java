package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MailTag;
import org.jadepost.platform.entity.NotFoundException;

/**
 * Persistence of tags and the lookup of the messages a tag's keyword marks; every lookup is scoped
 * to the owning account.
 */
@ApplicationScoped
public class TagStore {

  private static final String TAGGED =
      " FROM MailMessage m WHERE m.folder.account = :account"
          + " AND LOWER(CONCAT(' ', m.keywords, ' ')) LIKE :pattern ESCAPE '!'";

  @PersistenceContext EntityManager em;

  /** The account's tags, oldest first. */
  public List<MailTag> of(Account account) {
    return em.createNamedQuery(MailTag.BY_ACCOUNT, MailTag.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Stores a new tag and gives it its keyword. */
  public MailTag persist(MailTag tag) {
    em.persist(tag);
    tag.assignKeyword();
    return tag;
  }

  /** Forgets {@code tag}. */
  public void remove(MailTag tag) {
    em.remove(tag);
  }

  /** The tag {@code id} of {@code account}; another account's tag is not found. */
  public MailTag requireOwned(Account account, long id) {
    MailTag tag = em.find(MailTag.class, id);
    if (tag == null || !tag.getAccount().getId().equals(account.getId())) {
      throw new NotFoundException("tag.notfound", "No such tag: " + id, String.valueOf(id));
    }
    return tag;
  }

  /** The newest {@code limit} messages of the account carrying {@code keyword}. */
  public List<MailMessage> tagged(Account account, String keyword, int limit) {
    return em.createQuery(
            "SELECT m" + TAGGED + " ORDER BY m.internalDate DESC, m.id DESC", MailMessage.class)
        .setParameter("account", account)
        .setParameter("pattern", pattern(keyword))
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many messages of the account carry {@code keyword}. */
  public long count(Account account, String keyword) {
    return em.createQuery("SELECT COUNT(m)" + TAGGED, Long.class)
        .setParameter("account", account)
        .setParameter("pattern", pattern(keyword))
        .getSingleResult();
  }

  // The keywords column is space-separated: match one whole word, ignoring case (RFC 3501 §2.3.2).
  private static String pattern(String keyword) {
    String escaped =
        keyword.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "% " + escaped + " %";
  }
}
