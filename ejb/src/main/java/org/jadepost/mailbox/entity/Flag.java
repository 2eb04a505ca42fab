package org.jadepost.mailbox.entity;

import java.util.EnumSet;
import java.util.Set;

/** The IMAP system flags (RFC 3501 §2.3.2), stored as one bit each. */
public enum Flag {
  SEEN,
  ANSWERED,
  FLAGGED,
  DELETED,
  DRAFT;

  private int bit() {
    return 1 << ordinal();
  }

  /** The bit set of {@code flags}. */
  public static int toBits(Set<Flag> flags) {
    int bits = 0;
    for (Flag flag : flags) {
      bits |= flag.bit();
    }
    return bits;
  }

  /** The flags in {@code bits}. */
  public static Set<Flag> fromBits(int bits) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    for (Flag flag : values()) {
      if ((bits & flag.bit()) != 0) {
        flags.add(flag);
      }
    }
    return flags;
  }
}
