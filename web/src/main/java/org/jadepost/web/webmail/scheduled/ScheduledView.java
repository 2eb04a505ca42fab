package org.jadepost.web.webmail.scheduled;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.boundary.ScheduledMailService;
import org.jadepost.compose.entity.ScheduledSummary;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Actions;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/scheduled.xhtml}: the user's scheduled mail (when, subject, recipients),
 * each one cancelled or taken back to Drafts to be edited and scheduled again.
 */
@Model
@ViewScoped
public class ScheduledView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject ScheduledMailService scheduled;
  @Inject Actor actor;

  /** The scheduled mail, soonest first. */
  public List<ScheduledSummary> getList() {
    return scheduled.list(actor);
  }

  /** {@code s}'s time as the user chose it, with its zone. */
  public String when(ScheduledSummary s) {
    return s.when().format(WHEN) + " (" + s.when().getZone().getId() + ")";
  }

  /** {@code s}'s recipients as one line. */
  public String recipients(ScheduledSummary s) {
    return String.join(", ", s.recipients());
  }

  /** Cancels scheduled message {@code id}. */
  public void cancel(long id) {
    Actions.run(() -> scheduled.cancel(actor, id), "webmail.schedule.cancelled", null);
  }

  /** Takes scheduled message {@code id} back to Drafts and opens it in the compose screen. */
  public String edit(long id) {
    try {
      long draft = scheduled.edit(actor, id);
      return "/webmail/compose?faces-redirect=true&draft=" + draft;
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }
}
