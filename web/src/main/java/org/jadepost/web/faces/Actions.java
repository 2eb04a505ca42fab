package org.jadepost.web.faces;

import org.jadepost.platform.entity.BusinessException;

/**
 * Runs one action of a form and reports how it went: the success message from the bundle, or the
 * business failure's bilingual {@code error.<code>} text. The action's page stays usable.
 */
public final class Actions {

  private Actions() {}

  /**
   * Runs {@code action}; on success shows {@code successKey} with {@code argument}, on a business
   * failure its error. Returns whether it succeeded.
   */
  public static boolean run(Runnable action, String successKey, Object argument) {
    try {
      action.run();
      Messages.info(successKey, argument == null ? "" : argument);
      return true;
    } catch (BusinessException e) {
      Messages.error(e);
      return false;
    }
  }
}
