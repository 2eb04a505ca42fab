package org.jadepost.adapter.imap.request;

import java.util.List;

/**
 * A sequence set as the client wrote it (RFC 3501 §9 sequence-set): ranges of message sequence
 * numbers or UIDs in which {@code *} is {@link #STAR} until the session resolves it.
 *
 * @param ranges the ranges, each {@code long[2]} with {@code [0] <= [1]} not yet ensured
 */
public record SequenceSet(List<long[]> ranges) {

  /** {@code *}: the largest number in use. */
  public static final long STAR = -1;

  /** Copies the list. */
  public SequenceSet {
    ranges = List.copyOf(ranges);
  }

  /** The ranges with {@code *} replaced by {@code largest} and each range ordered. */
  public List<long[]> resolve(long largest) {
    return ranges.stream()
        .map(
            r -> {
              long a = r[0] == STAR ? largest : r[0];
              long b = r[1] == STAR ? largest : r[1];
              return new long[] {Math.min(a, b), Math.max(a, b)};
            })
        .toList();
  }
}
