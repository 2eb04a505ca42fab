package org.jadepost.compose.entity;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A scheduled message as the list of scheduled mail shows it.
 *
 * @param id its id
 * @param when when it leaves, in the zone the user chose
 * @param subject its subject
 * @param recipients every recipient
 * @param failed whether it was refused when it was due
 * @param failure why it was refused, or null
 */
public record ScheduledSummary(
    long id,
    ZonedDateTime when,
    String subject,
    List<String> recipients,
    boolean failed,
    String failure)
    implements Serializable {

  public ScheduledSummary {
    recipients = List.copyOf(recipients);
  }

  /** The summary of {@code mail}. */
  public static ScheduledSummary of(ScheduledMail mail) {
    return new ScheduledSummary(
        mail.getId(),
        new SendTime(mail.getSendAt(), java.time.ZoneId.of(mail.getTimeZone())).local(),
        mail.getSubject(),
        mail.getRecipients(),
        mail.getState() == ScheduledMail.State.FAILED,
        mail.getFailure());
  }
}
