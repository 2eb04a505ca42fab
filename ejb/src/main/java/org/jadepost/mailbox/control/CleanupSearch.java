package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jadepost.mailbox.entity.CleanupQuery;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;

/**
 * The query behind a cleanup scan: messages of given folders (already checked to be the caller's)
 * by received date, size and subject. Days are those of the server's time zone.
 */
@ApplicationScoped
public class CleanupSearch {

  @PersistenceContext EntityManager em;

  /** The newest {@code limit} messages of {@code folders} that match {@code query}. */
  public List<MailMessage> find(List<MailFolder> folders, CleanupQuery query, int limit) {
    ZoneId zone = ZoneId.systemDefault();
    StringBuilder jpql =
        new StringBuilder("SELECT m FROM MailMessage m WHERE m.folderId IN :folders");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("folders", folders.stream().map(MailFolder::getId).toList());
    if (query.from() != null) {
      jpql.append(" AND m.internalDate >= :from");
      parameters.put("from", query.from().atStartOfDay(zone).toInstant());
    }
    if (query.to() != null) {
      jpql.append(" AND m.internalDate < :to");
      parameters.put("to", query.to().plusDays(1).atStartOfDay(zone).toInstant());
    }
    if (query.minBytes() != null) {
      jpql.append(" AND m.sizeBytes >= :min");
      parameters.put("min", query.minBytes());
    }
    if (query.maxBytes() != null) {
      jpql.append(" AND m.sizeBytes <= :max");
      parameters.put("max", query.maxBytes());
    }
    if (query.subject() != null && !query.subject().isBlank()) {
      jpql.append(" AND LOWER(m.subject) LIKE :subject ESCAPE '!'");
      parameters.put("subject", "%" + escape(query.subject().strip()) + "%");
    }
    jpql.append(" ORDER BY m.internalDate DESC, m.id DESC");
    TypedQuery<MailMessage> typed = em.createQuery(jpql.toString(), MailMessage.class);
    parameters.forEach(typed::setParameter);
    return typed.setMaxResults(limit).getResultList();
  }

  private static String escape(String text) {
    return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
