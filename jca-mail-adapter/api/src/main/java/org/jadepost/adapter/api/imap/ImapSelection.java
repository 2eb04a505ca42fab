package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A folder as SELECT or EXAMINE opens it (RFC 3501 §6.3.1, RFC 7162 §3.1.1). The adapter builds its
 * UID to sequence number map from {@code uids}; the arrays keep a 100,000-message folder at about
 * 1.2 MB.
 *
 * @param name the folder's full name as {@link ImapFolder#name()} spells it
 * @param uidValidity the UIDVALIDITY (RFC 3501 §2.3.1.1), positive
 * @param uidNext the UID the next message will get, greater than every UID in {@code uids}
 * @param highestModseq the highest modification sequence (RFC 7162 §3.1.1), at least 1
 * @param uids the UIDs of all messages, strictly ascending
 * @param flags the {@link ImapFlag} mask of each message, parallel to {@code uids}
 * @param keywords every keyword in use in the folder, for the FLAGS and PERMANENTFLAGS responses
 * @param readOnly whether the caller may not change the folder (for example a shared folder); the
 *     adapter then answers {@code [READ-ONLY]} even to SELECT
 */
public record ImapSelection(
    String name,
    long uidValidity,
    long uidNext,
    long highestModseq,
    long[] uids,
    int[] flags,
    List<String> keywords,
    boolean readOnly)
    implements Serializable {

  /** Checks that the arrays are parallel and copies the keywords; the arrays are not copied. */
  public ImapSelection {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uids, "uids");
    Objects.requireNonNull(flags, "flags");
    if (uids.length != flags.length) {
      throw new IllegalArgumentException("uids and flags differ in length");
    }
    keywords = List.copyOf(keywords);
  }

  /** The number of messages. */
  public int exists() {
    return uids.length;
  }
}
