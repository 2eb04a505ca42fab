package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.entity.DeletedMail;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.platform.entity.NotFoundException;

/**
 * Persistence of emptied mail kept for restoring (FEATURES K3); lookups by user are scoped to the
 * owning account.
 */
@ApplicationScoped
public class DeletedMailStore {

  @PersistenceContext EntityManager em;

  /** Keeps what restoring needs of {@code messages}, about to be removed from {@code folder}. */
  public void keep(MailFolder folder, List<MailMessage> messages) {
    for (MailMessage message : messages) {
      em.persist(new DeletedMail(folder, message));
    }
  }

  /** The account's mail emptied at or after {@code since}, newest first, at most {@code limit}. */
  public List<DeletedMail> restorable(Account account, Instant since, int limit) {
    return em.createNamedQuery(DeletedMail.RESTORABLE, DeletedMail.class)
        .setParameter("account", account)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The account's entries {@code ids} emptied at or after {@code since}; one that is another's,
   * expired or unknown is not found.
   */
  public List<DeletedMail> requireOwned(Account account, Collection<Long> ids, Instant since) {
    return ids.stream()
        .distinct()
        .map(
            id -> {
              DeletedMail found = em.find(DeletedMail.class, id);
              if (found == null
                  || !found.getAccount().getId().equals(account.getId())
                  || found.getDeletedAt().isBefore(since)) {
                throw new NotFoundException(
                    "deleted.notfound", "No restorable mail: " + id, String.valueOf(id));
              }
              return found;
            })
        .toList();
  }

  /** Forgets {@code entry} (restored or expired). */
  public void remove(DeletedMail entry) {
    em.remove(entry);
  }

  /** At most {@code limit} entries of any account emptied before {@code before}. */
  public List<DeletedMail> expired(Instant before, int limit) {
    return em.createNamedQuery(DeletedMail.EXPIRED, DeletedMail.class)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Whether any message or kept entry still refers to blob {@code blobId}. */
  public boolean blobInUse(String blobId) {
    em.flush();
    Number messages =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM mail_message WHERE blob_id = ?1")
                .setParameter(1, blobId)
                .getSingleResult();
    Number kept =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM mail_deleted WHERE blob_id = ?1")
                .setParameter(1, blobId)
                .getSingleResult();
    return messages.longValue() + kept.longValue() > 0;
  }
}
