package org.jadepost.adapter.imap.decode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * The date formats of RFC 3501 §9: {@code date} (SEARCH) and {@code date-time} (APPEND), strict, so
 * that 31-Feb is refused rather than read as 29-Feb.
 */
public final class ImapDates {

  /** {@code dd-Mon-yyyy hh:mm:ss +zzzz}, day space-padded on output. */
  public static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .padNext(2)
          .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
          .appendPattern("-MMM-uuuu HH:mm:ss Z")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
          .appendPattern("-MMM-uuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  private ImapDates() {}

  /** Parses a date-time such as {@code 17-Jul-1996 02:44:25 -0700}. */
  public static Instant dateTime(String text) throws DecodingException {
    try {
      return ZonedDateTime.parse(text, DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new DecodingException(ReplyText.SYNTAX, "bad date-time " + text);
    }
  }

  /** Parses a date such as {@code 1-Feb-1994}. */
  public static LocalDate date(String text) throws DecodingException {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw new DecodingException(ReplyText.SYNTAX, "bad date " + text);
    }
  }
}
