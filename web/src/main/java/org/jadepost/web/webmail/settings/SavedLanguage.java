package org.jadepost.web.webmail.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.WebmailSettingsService;
import org.jadepost.web.faces.UserPreferences;

/**
 * Applies the language a user saved in his settings (FEATURES L1) when he signs in, on any browser.
 * The rule: a saved language wins over the browser's language and over the switch on the login
 * page; only when the setting is "as the browser" does the session keep what the login page spoke
 * (the switch if he used it, else the browser's language). The switch in the webmail changes this
 * session only, not the setting.
 */
@RequestScoped
public class SavedLanguage {

  @Inject WebmailSettingsService settings;
  @Inject UserPreferences userPreferences;

  /** Switches this session to {@code actor}'s saved language, if he is a user who saved one. */
  public void applyAtSignIn(Actor actor) {
    if (actor.kind() != Actor.Kind.USER) {
      return;
    }
    String saved = settings.get(actor).language();
    if (saved != null && !saved.isEmpty()) {
      userPreferences.setLanguage(saved);
    }
  }
}
