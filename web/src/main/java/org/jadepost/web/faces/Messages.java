package org.jadepost.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jadepost.platform.entity.BusinessException;

/** Adds localized messages from the {@code msg} bundle to the current Faces request. */
public final class Messages {

  private static final String BUNDLE = "org.jadepost.web.messages";

  private Messages() {}

  /** An info message from bundle key {@code key}. */
  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  /** An error message for a business failure: bundle key {@code error.<code>}. */
  public static void error(BusinessException e) {
    add(FacesMessage.SEVERITY_ERROR, text("error." + e.code(), e.arguments().toArray()));
  }

  /** An error message from bundle key {@code key}. */
  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /** The localized text of {@code key}; falls back to the key itself so nothing is hidden. */
  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
    try {
      return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(severity, text, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
