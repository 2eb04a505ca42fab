package org.jadepost.adapter.api.pop3;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One message of a maildrop.
 *
 * @param uniqueId its unique-id listing (RFC 1939 §7, UIDL): 1 to 70 characters 0x21 to 0x7E, the
 *     same in every session for as long as the message exists
 * @param size its exact size in octets as RETR sends it before dot-stuffing (lines end in CRLF)
 */
public record Pop3MessageInfo(String uniqueId, long size) implements Serializable {

  private static final Pattern UNIQUE_ID = Pattern.compile("[\\x21-\\x7e]{1,70}");

  /** Checks the unique id's syntax and that the size is not negative. */
  public Pop3MessageInfo {
    Objects.requireNonNull(uniqueId, "uniqueId");
    if (!UNIQUE_ID.matcher(uniqueId).matches()) {
      throw new IllegalArgumentException("not a unique-id (RFC 1939 §7): " + uniqueId);
    }
    if (size < 0) {
      throw new IllegalArgumentException("negative size " + size);
    }
  }
}
