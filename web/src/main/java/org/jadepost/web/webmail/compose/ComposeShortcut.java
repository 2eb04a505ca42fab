package org.jadepost.web.webmail.compose;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.WebmailSettingsService;

/** Whether the top bar shows the quick compose button (L2, "show the quick compose button"). */
@Named
@RequestScoped
public class ComposeShortcut {

  @Inject WebmailSettingsService settings;
  @Inject Actor actor;

  private Boolean shown;

  /** The user's setting, read once per request. */
  public boolean isShown() {
    if (shown == null) {
      shown = settings.get(actor).showQuickCompose();
    }
    return shown;
  }
}
