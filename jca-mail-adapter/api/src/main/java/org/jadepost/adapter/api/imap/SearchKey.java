package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A SEARCH criterion (RFC 3501 §6.4.4, RFC 7162 §3.1.5) as a tree the application evaluates, so it
 * can use its database and full-text index. The adapter has already decoded the strings (CHARSET
 * UTF-8, so Chinese text arrives as Java strings), resolved sequence numbers to UIDs and rewritten
 * the shorthands: {@code ANSWERED} is {@code Flag(ANSWERED, true)}, {@code UNSEEN} is {@code
 * Flag(SEEN, false)}, {@code FROM x} is {@code Header("From", x)}, {@code NEW} and {@code RECENT}
 * use the session's recent UIDs, and a list of keys is an {@link And}.
 *
 * <p>String matching is case-insensitive substring matching (RFC 3501 §6.4.4) on the decoded header
 * values and body text (MIME encoded-words and transfer encodings decoded).
 */
public sealed interface SearchKey extends Serializable {

  /** Every message. */
  record All() implements SearchKey {}

  /** All of {@code keys}; an empty list matches every message. */
  record And(List<SearchKey> keys) implements SearchKey {
    /** Copies the list. */
    public And {
      keys = List.copyOf(keys);
    }
  }

  /** Either key ({@code OR a b}). */
  record Or(SearchKey left, SearchKey right) implements SearchKey {
    /** Checks both keys. */
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** Not the key ({@code NOT a}). */
  record Not(SearchKey key) implements SearchKey {
    /** Checks the key. */
    public Not {
      Objects.requireNonNull(key, "key");
    }
  }

  /** Messages with ({@code set}) or without the system flag. */
  record Flag(ImapFlag flag, boolean set) implements SearchKey {
    /** Checks the flag. */
    public Flag {
      Objects.requireNonNull(flag, "flag");
    }
  }

  /** Messages with ({@code set}) or without the keyword ({@code KEYWORD}, {@code UNKEYWORD}). */
  record Keyword(String keyword, boolean set) implements SearchKey {
    /** Checks the keyword. */
    public Keyword {
      Objects.requireNonNull(keyword, "keyword");
    }
  }

  /**
   * Messages whose header {@code name} contains {@code value} ({@code HEADER}, {@code FROM}, {@code
   * TO}, {@code CC}, {@code BCC}, {@code SUBJECT}); an empty value matches every message that has
   * the header.
   */
  record Header(String name, String value) implements SearchKey {
    /** Checks the values. */
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Messages whose body ({@code BODY}) or whole text, headers included ({@code TEXT}), contain it.
   */
  record Text(String value, boolean bodyOnly) implements SearchKey {
    /** Checks the value. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Comparison of a date with the key's date. */
  enum DateComparison {
    /** Strictly earlier than the date. */
    BEFORE,
    /** On the date. */
    ON,
    /** On or after the date. */
    SINCE
  }

  /**
   * Messages whose internal date ({@code BEFORE}, {@code ON}, {@code SINCE}) or {@code Date:}
   * header ({@code SENTBEFORE}, {@code SENTON}, {@code SENTSINCE}) compares so with {@code date},
   * disregarding time and timezone (RFC 3501 §6.4.4): the internal date is taken in the server's
   * zone, the Date header in its own.
   */
  record Date(DateComparison comparison, LocalDate date, boolean sentDate) implements SearchKey {
    /** Checks the values. */
    public Date {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(date, "date");
    }
  }

  /** Messages larger ({@code LARGER n}) or smaller ({@code SMALLER n}) than {@code size} bytes. */
  record Size(long size, boolean larger) implements SearchKey {}

  /** Messages whose UID is in one of the ranges ({@code UID set}, or a sequence set resolved). */
  record Uids(List<UidRange> ranges) implements SearchKey {
    /** Copies the list. */
    public Uids {
      ranges = List.copyOf(ranges);
    }
  }

  /** Messages whose modseq is at least {@code modseq} ({@code MODSEQ n}, RFC 7162 §3.1.5). */
  record ModSeq(long modseq) implements SearchKey {}
}
