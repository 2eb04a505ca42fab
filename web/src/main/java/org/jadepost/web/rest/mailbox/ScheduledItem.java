package org.jadepost.web.rest.mailbox;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jadepost.compose.entity.ScheduledSummary;

/**
 * A scheduled message as {@code GET /api/v1/mailbox/scheduled} lists it.
 *
 * @param id its id, for {@code DELETE /api/v1/mailbox/scheduled/{id}}
 * @param sendAt when it leaves, ISO-8601 with the offset of its zone
 * @param timeZone the zone it was scheduled in
 * @param subject its subject
 * @param recipients every recipient (To, Cc and Bcc)
 * @param failed whether the server refused it when it was due
 * @param failure why, or null
 */
public record ScheduledItem(
    long id,
    String sendAt,
    String timeZone,
    String subject,
    List<String> recipients,
    boolean failed,
    String failure) {

  /** The item of {@code summary}. */
  static ScheduledItem of(ScheduledSummary summary) {
    return new ScheduledItem(
        summary.id(),
        summary.when().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        summary.when().getZone().getId(),
        summary.subject(),
        summary.recipients(),
        summary.failed(),
        summary.failure());
  }
}
