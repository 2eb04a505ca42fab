package org.jadepost.web.rest.platform;

import jakarta.ws.rs.WebApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.jadepost.platform.entity.BusinessException;

/**
 * Business errors whose message is in the caller's language (English or Chinese, from {@code
 * Accept-Language}), because the webmail shows it to the user as it is: bundle key {@code
 * error.<code>}.
 */
public final class LocalizedError {

  private static final String BUNDLE = "org.jadepost.web.messages";

  private LocalizedError() {}

  /** {@code e} as a JSON error with a localized message. */
  public static WebApplicationException of(BusinessException e, int status, String acceptLanguage) {
    return new WebApplicationException(
        ErrorBody.response(status, e.code(), text(e, locale(acceptLanguage))));
  }

  /**
   * The result of {@code action}, a boundary call; its business error becomes a JSON error whose
   * message is in the language of {@code acceptLanguage}, with the status {@link
   * BusinessExceptionMapper} gives it.
   */
  public static <T> T call(String acceptLanguage, Supplier<T> action) {
    try {
      return action.get();
    } catch (BusinessException e) {
      throw of(e, BusinessExceptionMapper.status(e), acceptLanguage);
    }
  }

  /** The locale for {@code acceptLanguage}: Chinese when it prefers zh, otherwise English. */
  public static Locale locale(String acceptLanguage) {
    return acceptLanguage != null
            && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("zh")
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ROOT;
  }

  /** The text of bundle key {@code key} in {@code locale}. */
  public static String text(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    } catch (MissingResourceException missing) {
      return key;
    }
  }

  private static String text(BusinessException e, Locale locale) {
    String text = text("error." + e.code(), locale, e.arguments().toArray());
    return text.equals("error." + e.code()) ? e.getMessage() : text;
  }
}
