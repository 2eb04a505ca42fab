package org.jadepost.adapter.api.imap;

import java.util.EnumSet;
import java.util.Set;

/**
 * The system flags of RFC 3501 §2.3.2 (without {@code \Recent}, which the adapter keeps per
 * session). Records carry a set of them as an {@code int} bit mask so that the flags of 100,000
 * messages fit in one {@code int[]}; {@link #bit()} gives each flag's bit.
 */
public enum ImapFlag {
  /** {@code \Seen}: the message has been read. */
  SEEN("\\Seen"),
  /** {@code \Answered}: the message has been answered. */
  ANSWERED("\\Answered"),
  /** {@code \Flagged}: the message is flagged for attention. */
  FLAGGED("\\Flagged"),
  /** {@code \Deleted}: the message is marked for removal by EXPUNGE. */
  DELETED("\\Deleted"),
  /** {@code \Draft}: the message is a draft. */
  DRAFT("\\Draft");

  private final String atom;

  ImapFlag(String atom) {
    this.atom = atom;
  }

  /** The flag as written on the wire, for example {@code \Seen}. */
  public String atom() {
    return atom;
  }

  /** This flag's bit in a flag mask. */
  public int bit() {
    return 1 << ordinal();
  }

  /** Whether {@code mask} contains this flag. */
  public boolean in(int mask) {
    return (mask & bit()) != 0;
  }

  /** The mask of {@code flags}. */
  public static int mask(Set<ImapFlag> flags) {
    int mask = 0;
    for (ImapFlag flag : flags) {
      mask |= flag.bit();
    }
    return mask;
  }

  /** The flags in {@code mask}. */
  public static Set<ImapFlag> of(int mask) {
    Set<ImapFlag> flags = EnumSet.noneOf(ImapFlag.class);
    for (ImapFlag flag : values()) {
      if (flag.in(mask)) {
        flags.add(flag);
      }
    }
    return flags;
  }

  /** The mask of all system flags. */
  public static int all() {
    return (1 << values().length) - 1;
  }
}
