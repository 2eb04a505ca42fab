package org.jadepost.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and sizes as every webmail page outside the mail screen shows them (restore, cleanup,
 * folder-password log), in the user's language and the same style as the mail list: a medium date
 * with a short time in our zone ("Nov 27, 2026, 5:30 PM", "2026年11月27日 17:30"), sizes in B, KB or
 * MB. Named {@code displayFormat} for EL.
 */
@Named
@RequestScoped
public class DisplayFormat {

  /** The zone our times are shown in: the server's, as on the mail screen. */
  public static final ZoneId ZONE = ZoneId.systemDefault();

  private static final long KB = 1024;
  private static final long MB = KB * KB;

  @Inject UserPreferences preferences;

  /** {@code instant} in our zone in the user's language; empty for none. */
  public String date(Instant instant) {
    return instant == null ? "" : date(instant, preferences.getLocale());
  }

  /** {@code bytes} as B, KB (rounded up) or MB (one decimal). */
  public String size(long bytes) {
    if (bytes >= MB) {
      return String.format(Locale.ROOT, "%.1f MB", (double) bytes / MB);
    }
    return bytes >= KB ? (bytes + KB - 1) / KB + " KB" : bytes + " B";
  }

  /** {@code instant} in our zone, medium date and short time, in {@code locale}. */
  static String date(Instant instant, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .format(instant.atZone(ZONE));
  }
}
