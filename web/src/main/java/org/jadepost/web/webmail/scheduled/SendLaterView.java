package org.jadepost.web.webmail.scheduled;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.boundary.ScheduledMailService;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.webmail.compose.ComposeView;
import org.omnifaces.util.Faces;

/**
 * The "send later" part of {@code /webmail/compose.xhtml} (C4): date, time and time zone (the
 * browser's by default, set by the page's script) for the message the compose screen holds. In
 * Faces' view scope like {@link ComposeView}, for the same reason.
 */
@Named
@ViewScoped
public class SendLaterView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  @Inject ScheduledMailService scheduled;
  @Inject ComposeView compose;
  @Inject Actor actor;

  private String date;
  private String time;
  private String zone;

  /** Schedules the message; on to the list of scheduled mail. */
  public String schedule() {
    LocalDateTime local;
    try {
      local = LocalDateTime.of(LocalDate.parse(date.trim()), LocalTime.parse(time.trim()));
    } catch (DateTimeParseException | NullPointerException e) {
      Messages.error("error.schedule.time.invalid");
      return null;
    }
    try {
      scheduled.schedule(actor, compose.composed(), local, zone);
      compose.finish();
      Faces.getFlash().setKeepMessages(true);
      Messages.info("webmail.schedule.done", local.toString().replace('T', ' '), zone);
      return "/webmail/scheduled?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  /** The time zones to choose from: UTC and the region zones. */
  public List<String> getZones() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"), ZONES.stream())
        .toList();
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }
}
