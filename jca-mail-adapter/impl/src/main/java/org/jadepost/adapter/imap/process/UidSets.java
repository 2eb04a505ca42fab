package org.jadepost.adapter.imap.process;

import java.util.Arrays;
import java.util.List;

/** Writes UID lists as compact sets, {@code 1:3,7} (RFC 4315 uid-set), keeping their order. */
final class UidSets {

  private UidSets() {}

  static String format(long[] uids) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < uids.length) {
      int j = i;
      while (j + 1 < uids.length && uids[j + 1] == uids[j] + 1) {
        j++;
      }
      append(out, uids[i], uids[j]);
      i = j + 1;
    }
    return out.toString();
  }

  /** Whether one of the ordered {@code ranges} holds {@code uid}. */
  static boolean contains(List<long[]> ranges, long uid) {
    return ranges.stream().anyMatch(r -> r[0] <= uid && uid <= r[1]);
  }

  /**
   * The UIDs of {@code ranges} up to {@code max} that are not in {@code present} (ascending), as a
   * set; computed range by range, so a large folder costs no array per UID.
   */
  static String gaps(List<long[]> ranges, long max, long[] present) {
    StringBuilder out = new StringBuilder();
    for (long[] range : ranges) {
      long next = range[0];
      long to = Math.min(range[1], max);
      int i = Arrays.binarySearch(present, next);
      i = i < 0 ? -i - 1 : i;
      while (next <= to) {
        if (i < present.length && present[i] <= to) {
          if (present[i] > next) {
            append(out, next, present[i] - 1);
          }
          next = present[i++] + 1;
        } else {
          append(out, next, to);
          break;
        }
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, long from, long to) {
    if (out.length() > 0) {
      out.append(',');
    }
    out.append(from);
    if (to > from) {
      out.append(':').append(to);
    }
  }
}
