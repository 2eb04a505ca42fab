package org.jadepost.mailbox.entity;

import java.util.List;

/**
 * One STORE (RFC 3501 §6.4.6, RFC 7162 §3.1.3).
 *
 * @param mode replace, add or remove
 * @param flags the {@link Flag} bit set to apply
 * @param keywords the keywords to apply
 * @param unchangedSince only messages whose MODSEQ is at most this change; -1 for all
 */
public record FlagChange(Mode mode, int flags, List<String> keywords, long unchangedSince) {

  /** How the flags apply. */
  public enum Mode {
    REPLACE,
    ADD,
    REMOVE
  }

  /** The flags and keywords a message in {@code state} gets. */
  public MessageState apply(MessageState state) {
    return switch (mode) {
      case REPLACE -> new MessageState(state.uid(), flags, keywords, state.modseq());
      case ADD ->
          new MessageState(
              state.uid(),
              state.flags() | flags,
              Keywords.add(state.keywords(), keywords),
              state.modseq());
      case REMOVE ->
          new MessageState(
              state.uid(),
              state.flags() & ~flags,
              Keywords.remove(state.keywords(), keywords),
              state.modseq());
    };
  }

  /** Whether UNCHANGEDSINCE keeps {@code state} as it is. */
  public boolean blocks(MessageState state) {
    return unchangedSince >= 0 && state.modseq() > unchangedSince;
  }
}
