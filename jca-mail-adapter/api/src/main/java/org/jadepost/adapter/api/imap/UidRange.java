package org.jadepost.adapter.api.imap;

import java.io.Serializable;

/**
 * An inclusive range of UIDs, {@code first <= last}. {@code *} in a client's set is resolved by the
 * adapter to the highest UID of the folder (RFC 3501 §9 seq-range).
 *
 * @param first the lowest UID
 * @param last the highest UID
 */
public record UidRange(long first, long last) implements Serializable {

  /** Checks the order. */
  public UidRange {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("not a UID range: " + first + ":" + last);
    }
  }

  /** Whether {@code uid} is in this range. */
  public boolean contains(long uid) {
    return uid >= first && uid <= last;
  }
}
