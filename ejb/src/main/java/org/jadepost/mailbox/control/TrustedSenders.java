package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.jadepost.account.entity.Account;

/**
 * The senders whose remote images a user always wants shown (webmail "show remote images" per
 * sender). Addresses are compared in lower case; a message without a From address is never trusted.
 */
@ApplicationScoped
public class TrustedSenders {

  @PersistenceContext EntityManager em;

  /** Whether {@code account} shows remote images of mail from {@code address}. */
  public boolean trusts(Account account, String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    return !em.createNativeQuery(
            "SELECT 1 FROM mail_trusted_sender WHERE account_id = ?1 AND address = ?2")
        .setParameter(1, account.getId())
        .setParameter(2, address.toLowerCase(Locale.ROOT))
        .getResultList()
        .isEmpty();
  }

  /** Makes {@code account} show remote images of mail from {@code address} from now on. */
  public void trust(Account account, String address) {
    if (address == null || address.isBlank() || trusts(account, address)) {
      return;
    }
    em.createNativeQuery("INSERT INTO mail_trusted_sender (account_id, address) VALUES (?1, ?2)")
        .setParameter(1, account.getId())
        .setParameter(2, address.toLowerCase(Locale.ROOT))
        .executeUpdate();
  }
}
