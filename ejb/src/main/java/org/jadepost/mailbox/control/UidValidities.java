package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.jadepost.account.entity.Account;

/**
 * Hands out UIDVALIDITY values (RFC 3501 §2.3.1.1) that only grow within an account: at least the
 * current second, and always above the last one given out. A folder created, or renamed, under a
 * name that an earlier folder had therefore never repeats that folder's value, even within the same
 * second. The high-water mark is a row per account, updated under its row lock.
 */
@ApplicationScoped
public class UidValidities {

  @PersistenceContext EntityManager em;

  /** The next UIDVALIDITY for a folder of {@code account}. */
  public long next(Account account) {
    long now = Instant.now().getEpochSecond();
    int updated =
        em.createNativeQuery(
                "UPDATE mail_uid_validity SET last_value = CASE WHEN last_value + 1 > ?1"
                    + " THEN last_value + 1 ELSE ?1 END WHERE account_id = ?2")
            .setParameter(1, now)
            .setParameter(2, account.getId())
            .executeUpdate();
    if (updated == 0) {
      // First use: above every folder the account has (those created before this table).
      em.createNativeQuery(
              "INSERT INTO mail_uid_validity (account_id, last_value) SELECT ?1,"
                  + " CASE WHEN COALESCE(MAX(uid_validity), 0) + 1 > ?2"
                  + " THEN COALESCE(MAX(uid_validity), 0) + 1 ELSE ?2 END"
                  + " FROM mail_folder WHERE account_id = ?1")
          .setParameter(1, account.getId())
          .setParameter(2, now)
          .executeUpdate();
    }
    Number value =
        (Number)
            em.createNativeQuery("SELECT last_value FROM mail_uid_validity WHERE account_id = ?1")
                .setParameter(1, account.getId())
                .getSingleResult();
    return value.longValue();
  }
}
