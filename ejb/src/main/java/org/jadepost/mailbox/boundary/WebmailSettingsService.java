package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.WebmailSettingsStore;
import org.jadepost.mailbox.entity.WebmailPreferences;
import org.jadepost.mailbox.entity.WebmailSettings;

/**
 * A user's own webmail settings (FEATURES L1, L2): read by the list, reading and compose screens,
 * changed on the settings page and over REST.
 */
@Stateless
public class WebmailSettingsService {

  @Inject AccountStore accounts;
  @Inject WebmailSettingsStore store;

  /** The caller's settings; the defaults until he changes one. */
  public WebmailPreferences get(Actor actor) {
    return store
        .find(accounts.own(actor))
        .map(WebmailSettings::view)
        .orElse(WebmailPreferences.DEFAULTS);
  }

  /**
   * Changes the caller's settings; null values stay as they are.
   *
   * @throws org.jadepost.platform.entity.InvalidRequestException {@code settings.*.invalid} for a
   *     value not allowed
   */
  public WebmailPreferences update(Actor actor, WebmailPreferences changes) {
    WebmailSettings stored = store.findOrCreate(accounts.own(actor));
    stored.apply(changes);
    return stored.view();
  }
}
