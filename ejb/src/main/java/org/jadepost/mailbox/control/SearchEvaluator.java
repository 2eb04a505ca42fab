package org.jadepost.mailbox.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.mailbox.entity.Keywords;

/**
 * Decides whether a message matches a SEARCH key (RFC 3501 §6.4.4). Flags, keywords, dates, size,
 * UIDs, MODSEQ, SUBJECT and FROM are answered from the row; other headers, BODY and TEXT read the
 * message once through {@code loader}, and only when the cheaper keys of an AND still match.
 * Strings match case-insensitively as substrings of the decoded text, so Chinese needs no more.
 */
public final class SearchEvaluator {

  /** The longest Subject column value: a subject that long may continue in the message. */
  private static final int SUBJECT_COLUMN = 998;

  private final ZoneId zone;
  private final Function<SearchCandidate, Optional<MessageText>> loader;

  /**
   * An evaluator taking internal dates in {@code zone} and reading messages with {@code loader}
   * (empty when the bytes are gone: such a message matches no text key).
   */
  public SearchEvaluator(ZoneId zone, Function<SearchCandidate, Optional<MessageText>> loader) {
    this.zone = zone;
    this.loader = loader;
  }

  /** Whether {@code candidate} matches {@code key}. */
  public boolean matches(SearchKey key, SearchCandidate candidate) {
    return new Match(candidate).test(key);
  }

  /**
   * Whether {@code key} looks at headers or text anywhere (SUBJECT, FROM, BODY, SENTON ...): only
   * then does a search read the header columns or the message.
   */
  static boolean readsHeaders(SearchKey key) {
    if (key instanceof SearchKey.And and) {
      return and.keys().stream().anyMatch(SearchEvaluator::readsHeaders);
    }
    if (key instanceof SearchKey.Or or) {
      return readsHeaders(or.left()) || readsHeaders(or.right());
    }
    if (key instanceof SearchKey.Not not) {
      return readsHeaders(not.key());
    }
    return key instanceof SearchKey.Header
        || key instanceof SearchKey.Text
        || (key instanceof SearchKey.Date date && date.sentDate());
  }

  /** A rough cost of evaluating {@code key}: 0 for the row, 1 for reading the message. */
  static int cost(SearchKey key) {
    if (key instanceof SearchKey.And and) {
      return and.keys().stream().mapToInt(SearchEvaluator::cost).max().orElse(0);
    }
    if (key instanceof SearchKey.Or or) {
      return Math.max(cost(or.left()), cost(or.right()));
    }
    if (key instanceof SearchKey.Not not) {
      return cost(not.key());
    }
    if (key instanceof SearchKey.Header header) {
      String name = header.name().toLowerCase(Locale.ROOT);
      return name.equals("subject") || name.equals("from") ? 0 : 1;
    }
    if (key instanceof SearchKey.Date date) {
      return date.sentDate() ? 1 : 0;
    }
    return key instanceof SearchKey.Text ? 1 : 0;
  }

  /** One candidate's evaluation, reading its text at most once. */
  private final class Match {

    private final SearchCandidate candidate;
    private Optional<MessageText> text;

    Match(SearchCandidate candidate) {
      this.candidate = candidate;
    }

    boolean test(SearchKey key) {
      if (key instanceof SearchKey.And and) {
        return and.keys().stream()
            .sorted(Comparator.comparingInt(SearchEvaluator::cost))
            .allMatch(this::test);
      }
      if (key instanceof SearchKey.Or or) {
        boolean leftFirst = cost(or.left()) <= cost(or.right());
        SearchKey first = leftFirst ? or.left() : or.right();
        return test(first) || test(leftFirst ? or.right() : or.left());
      }
      if (key instanceof SearchKey.Not not) {
        return !test(not.key());
      }
      return row(key);
    }

    private boolean row(SearchKey key) {
      if (key instanceof SearchKey.Flag flag) {
        return flag.flag().in(candidate.flags()) == flag.set();
      }
      if (key instanceof SearchKey.Keyword keyword) {
        return Keywords.contains(candidate.keywords(), keyword.keyword()) == keyword.set();
      }
      if (key instanceof SearchKey.Size size) {
        return size.larger() ? candidate.size() > size.size() : candidate.size() < size.size();
      }
      if (key instanceof SearchKey.Uids uids) {
        return uids.ranges().stream().anyMatch(r -> r.contains(candidate.uid()));
      }
      if (key instanceof SearchKey.ModSeq modseq) {
        return candidate.modseq() >= modseq.modseq();
      }
      if (key instanceof SearchKey.Date date) {
        return date(date);
      }
      if (key instanceof SearchKey.Header header) {
        return header(header.name().toLowerCase(Locale.ROOT), lower(header.value()));
      }
      if (key instanceof SearchKey.Text text) {
        String value = lower(text.value());
        return text().map(t -> text.bodyOnly() ? t.body(value) : t.text(value)).orElse(false);
      }
      return key instanceof SearchKey.All;
    }

    private boolean header(String name, String value) {
      if (name.equals("subject") && candidate.subject() != null) {
        String subject = lower(candidate.subject());
        if (subject.contains(value) || subject.length() < SUBJECT_COLUMN) {
          return subject.contains(value);
        }
      }
      if (name.equals("from") && candidate.from() != null) {
        return lower(candidate.from()).contains(value);
      }
      if (name.equals("to") && candidate.to() != null && lower(candidate.to()).contains(value)) {
        return true;
      }
      return text().map(t -> t.header(name, value)).orElse(false);
    }

    private boolean date(SearchKey.Date key) {
      Optional<LocalDate> day =
          key.sentDate()
              ? text().flatMap(MessageText::date).flatMap(SearchEvaluator::sentDay)
              : Optional.of(candidate.internalDate().atZone(zone).toLocalDate());
      if (day.isEmpty()) {
        return false;
      }
      return switch (key.comparison()) {
        case BEFORE -> day.get().isBefore(key.date());
        case ON -> day.get().isEqual(key.date());
        case SINCE -> !day.get().isBefore(key.date());
      };
    }

    private Optional<MessageText> text() {
      if (text == null) {
        text = loader.apply(candidate);
      }
      return text;
    }
  }

  /** The day of a Date header in its own zone (RFC 3501 §6.4.4 SENTON). */
  static Optional<LocalDate> sentDay(String header) {
    String value = header.replaceAll("\\([^)]*\\)", " ").strip().replaceAll("\\s+", " ");
    if (value.length() > 4 && value.charAt(3) == ',') {
      value = value.substring(4).strip();
    }
    try {
      return Optional.of(ZonedDateTime.parse(value, SENT).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final DateTimeFormatter SENT =
      DateTimeFormatter.ofPattern("d MMM yyyy H:mm[:ss] [Z][z]", Locale.ENGLISH);

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
