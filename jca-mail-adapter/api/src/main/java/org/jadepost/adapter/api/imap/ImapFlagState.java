package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.List;

/**
 * The flags of one message after a change, for STORE results and {@link ImapChanges}: the adapter
 * sends them as {@code * n FETCH (UID u FLAGS (...) MODSEQ (m))}.
 *
 * @param uid the message's UID
 * @param flags the {@link ImapFlag} mask now
 * @param keywords the keywords now
 * @param modseq the modification sequence of this state
 */
public record ImapFlagState(long uid, int flags, List<String> keywords, long modseq)
    implements Serializable {

  /** Copies the keywords. */
  public ImapFlagState {
    keywords = List.copyOf(keywords);
  }
}
