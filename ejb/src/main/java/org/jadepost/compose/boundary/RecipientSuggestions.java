package org.jadepost.compose.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.control.Addresses;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.SpecialUse;

/**
 * Recipient suggestions while typing (C1): colleagues from the enterprise directory (the user's own
 * domain, never another tenant's) and the addresses of the user's recently sent mail. Personal
 * contacts join when the contacts feature exists.
 */
@Stateless
public class RecipientSuggestions {

  private static final int LIMIT = 10;
  private static final int RECENT_MESSAGES = 200;

  @PersistenceContext EntityManager em;
  @Inject MailboxAccess access;
  @Inject FolderStore folders;

  /** Up to ten addresses matching {@code query} in name or address, directory first. */
  public List<String> suggest(Actor actor, String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    Account self = access.owner(actor);
    Map<String, String> found = new LinkedHashMap<>();
    List<Account> colleagues =
        em.createQuery(
                "SELECT a FROM Account a WHERE a.domain = :domain AND"
                    + " (LOWER(a.localPart) LIKE :q ESCAPE '\\' OR LOWER(a.displayName) LIKE :q ESCAPE '\\')"
                    + " ORDER BY a.localPart",
                Account.class)
            .setParameter("domain", self.getDomain())
            .setParameter("q", "%" + like(q) + "%")
            .setMaxResults(LIMIT)
            .getResultList();
    for (Account a : colleagues) {
      if (!a.isEnabled()) {
        continue;
      }
      found.putIfAbsent(
          a.address(), "\"" + a.getDisplayName().replace("\"", "") + "\" <" + a.address() + ">");
    }
    MailFolder sent = folders.system(self, SpecialUse.SENT);
    List<String> recent =
        em.createQuery(
                "SELECT m.toAddresses FROM MailMessage m WHERE m.folder = :folder"
                    + " AND m.toAddresses IS NOT NULL ORDER BY m.uid DESC",
                String.class)
            .setParameter("folder", sent)
            .setMaxResults(RECENT_MESSAGES)
            .getResultList();
    for (String line : recent) {
      for (String one : Addresses.split(List.of(line))) {
        if (found.size() >= LIMIT) {
          break;
        }
        if (one.toLowerCase(Locale.ROOT).contains(q) && Addresses.valid(one)) {
          found.putIfAbsent(Addresses.bare(one).toLowerCase(Locale.ROOT), one);
        }
      }
    }
    return new ArrayList<>(found.values()).subList(0, Math.min(LIMIT, found.size()));
  }

  private static String like(String q) {
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
