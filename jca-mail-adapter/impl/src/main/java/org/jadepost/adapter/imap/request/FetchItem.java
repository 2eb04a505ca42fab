package org.jadepost.adapter.imap.request;

import java.util.List;

/**
 * One FETCH data item (RFC 3501 §6.4.5). {@code section} and the partial range are used by BODY[]
 * items only.
 *
 * @param kind what is fetched
 * @param part the section's part numbers, empty for the whole message
 * @param specifier {@code ""}, {@code HEADER}, {@code HEADER.FIELDS}, {@code HEADER.FIELDS.NOT},
 *     {@code TEXT} or {@code MIME}
 * @param fields the header field names of HEADER.FIELDS(.NOT), upper-cased
 * @param peek whether BODY.PEEK (no implicit \Seen)
 * @param partialStart the first octet of {@code <start.length>}, or -1
 * @param partialLength the length of the partial range
 */
public record FetchItem(
    Kind kind,
    List<Integer> part,
    String specifier,
    List<String> fields,
    boolean peek,
    long partialStart,
    long partialLength) {

  /** The item kinds. */
  public enum Kind {
    /** UID. */
    UID,
    /** FLAGS. */
    FLAGS,
    /** INTERNALDATE. */
    INTERNALDATE,
    /** RFC822.SIZE. */
    RFC822_SIZE,
    /** ENVELOPE. */
    ENVELOPE,
    /** BODYSTRUCTURE. */
    BODYSTRUCTURE,
    /** BODY without section: the non-extensible structure. */
    BODY,
    /** MODSEQ (RFC 7162). */
    MODSEQ,
    /** RFC822: BODY[] under its own name. */
    RFC822,
    /** RFC822.HEADER: BODY.PEEK[HEADER] under its own name. */
    RFC822_HEADER,
    /** RFC822.TEXT: BODY[TEXT] under its own name. */
    RFC822_TEXT,
    /** BODY[section]&lt;partial&gt; or BODY.PEEK[...]. */
    SECTION
  }

  /** A simple item without section. */
  public static FetchItem of(Kind kind) {
    return new FetchItem(kind, List.of(), "", List.of(), true, -1, 0);
  }

  /** Copies the lists. */
  public FetchItem {
    part = List.copyOf(part);
    fields = List.copyOf(fields);
  }

  /** Whether fetching this item sets \Seen (RFC 3501 §6.4.5). */
  public boolean setsSeen() {
    return kind == Kind.RFC822 || kind == Kind.RFC822_TEXT || (kind == Kind.SECTION && !peek);
  }

  /** Whether this item needs the message's bytes. */
  public boolean needsContent() {
    return switch (kind) {
      case UID, FLAGS, INTERNALDATE, RFC822_SIZE, MODSEQ -> false;
      default -> true;
    };
  }
}
