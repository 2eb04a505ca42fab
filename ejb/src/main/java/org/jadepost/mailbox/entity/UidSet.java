package org.jadepost.mailbox.entity;

import java.util.Arrays;

/**
 * A set of UIDs as IMAP commands name them, ascending without repeats. Queries read the range from
 * {@link #min()} to {@link #max()} on the (folder, uid) index and keep the members: no IN list with
 * thousands of parameters.
 */
public final class UidSet {

  /** Every UID there is. */
  public static final UidSet ALL = new UidSet(null);

  private final long[] uids;

  private UidSet(long[] uids) {
    this.uids = uids;
  }

  /** The set of {@code uids}, in any order, repeats and non-positive values dropped. */
  public static UidSet of(long... uids) {
    return new UidSet(Arrays.stream(uids).filter(u -> u > 0).sorted().distinct().toArray());
  }

  /** Whether the set is empty. */
  public boolean isEmpty() {
    return uids != null && uids.length == 0;
  }

  /** The smallest UID, or 1 for an empty set. */
  public long min() {
    return uids == null || uids.length == 0 ? 1 : uids[0];
  }

  /** The largest UID, or 0 for an empty set (an empty range). */
  public long max() {
    if (uids == null) {
      return Long.MAX_VALUE;
    }
    return uids.length == 0 ? 0 : uids[uids.length - 1];
  }

  /** Whether {@code uid} is in the set. */
  public boolean contains(long uid) {
    return uids == null || Arrays.binarySearch(uids, uid) >= 0;
  }
}
