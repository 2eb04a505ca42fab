package org.jadepost.adapter.imap.request;

import java.util.List;

/**
 * FETCH or UID FETCH (RFC 3501 §6.4.5, §6.4.8) with CHANGEDSINCE (RFC 7162 §3.1.4) and VANISHED
 * (RFC 7162 §3.2.6).
 *
 * @param changedSince the CHANGEDSINCE modifier, or -1
 * @param vanished whether UID FETCH asked for the UIDs expunged since {@code changedSince}
 */
public record FetchRequest(
    String tag,
    boolean uid,
    SequenceSet set,
    List<FetchItem> items,
    long changedSince,
    boolean vanished)
    implements ImapRequest {

  /** Copies the items. */
  public FetchRequest {
    items = List.copyOf(items);
  }

  @Override
  public String command() {
    return uid ? "UID FETCH" : "FETCH";
  }
}
