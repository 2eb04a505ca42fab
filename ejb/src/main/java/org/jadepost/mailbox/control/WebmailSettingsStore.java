package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.entity.WebmailSettings;

/** Persistence of a user's webmail settings (FEATURES L1, L2), one row per account. */
@ApplicationScoped
public class WebmailSettingsStore {

  @PersistenceContext EntityManager em;

  /** The account's stored settings, if it ever changed one. */
  public Optional<WebmailSettings> find(Account account) {
    return Optional.ofNullable(em.find(WebmailSettings.class, account.getId()));
  }

  /** The account's stored settings, created with the defaults when there are none. */
  public WebmailSettings findOrCreate(Account account) {
    return find(account)
        .orElseGet(
            () -> {
              WebmailSettings created = new WebmailSettings(account);
              em.persist(created);
              return created;
            });
  }
}
