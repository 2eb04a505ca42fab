package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What changed in a folder after a modification sequence, for the unsolicited EXISTS, EXPUNGE and
 * FETCH responses of selected and idling sessions, and for CONDSTORE/QRESYNC (RFC 7162 §3.2.5).
 *
 * @param uidValidity the folder's UIDVALIDITY now; a different value than the session's means the
 *     folder was recreated, and the adapter ends the session with {@code * BYE}
 * @param uidNext the UID the next message will get
 * @param highestModseq the folder's highest modification sequence now
 * @param changed the state of every message whose modseq is greater than the one asked about, new
 *     messages included, ascending by UID
 * @param expunged the UIDs expunged after the modseq asked about, ascending
 * @param complete false when the application no longer knows every expunge since that modseq; the
 *     adapter then selects the folder again and compares the UID lists itself
 */
public record ImapChanges(
    long uidValidity,
    long uidNext,
    long highestModseq,
    List<ImapFlagState> changed,
    long[] expunged,
    boolean complete)
    implements Serializable {

  /** Copies the list. */
  public ImapChanges {
    changed = List.copyOf(changed);
    Objects.requireNonNull(expunged, "expunged");
  }
}
