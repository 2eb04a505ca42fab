package org.jadepost.adapter.imap.response;

import java.util.List;
import java.util.Optional;

/** One response the server sends (RFC 3501 §7). Immutable; only the encoders write bytes. */
public sealed interface ImapResponse {

  /** The kinds of status response. */
  enum Status {
    /** OK. */
    OK,
    /** NO. */
    NO,
    /** BAD. */
    BAD,
    /** BYE. */
    BYE,
    /** PREAUTH. */
    PREAUTH
  }

  /**
   * A status response {@code tag OK [code] text}; tag {@code *} for untagged ones.
   *
   * @param code the response code without brackets, if any
   */
  record StatusResponse(String tag, Status status, Optional<String> code, String text)
      implements ImapResponse {

    /** A tagged response without code. */
    public static StatusResponse tagged(String tag, Status status, String text) {
      return new StatusResponse(tag, status, Optional.empty(), text);
    }

    /** An untagged response with a code. */
    public static StatusResponse untagged(Status status, String code, String text) {
      return new StatusResponse("*", status, Optional.ofNullable(code), text);
    }

    /** This response with {@code code}. */
    public StatusResponse withCode(String newCode) {
      return new StatusResponse(tag, status, Optional.of(newCode), text);
    }
  }

  /** A continuation request {@code + text} (RFC 3501 §7.5). */
  record ContinuationResponse(String text) implements ImapResponse {}

  /** Untagged data {@code * value value ...}, for CAPABILITY, EXISTS, LIST, SEARCH, etc. */
  record DataResponse(List<ImapValue> values) implements ImapResponse {
    /** Copies the list. */
    public DataResponse {
      values = List.copyOf(values);
    }

    /** Data of these values. */
    public static DataResponse of(ImapValue... values) {
      return new DataResponse(List.of(values));
    }
  }

  /**
   * {@code * msn FETCH (name value ...)} (RFC 3501 §7.4.2).
   *
   * @param items alternating names (atoms) and values
   */
  record FetchResponse(long msn, List<ImapValue> items) implements ImapResponse {
    /** Copies the list. */
    public FetchResponse {
      items = List.copyOf(items);
    }
  }
}
