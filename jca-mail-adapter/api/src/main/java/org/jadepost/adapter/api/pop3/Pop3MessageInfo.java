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
 * @param file the local file that holds exactly these bytes and never changes (a content-addressed
 *     blob), or {@code null}: with a file, RETR and TOP read it directly instead of calling {@link
 *     Pop3Listener#openMessage} for every message, and call it only if the file is gone
 */
public record Pop3MessageInfo(String uniqueId, long size, String file) implements Serializable {

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

  /** A message without a local file: RETR and TOP ask the listener. */
  public Pop3MessageInfo(String uniqueId, long size) {
    this(uniqueId, size, null);
  }
}
