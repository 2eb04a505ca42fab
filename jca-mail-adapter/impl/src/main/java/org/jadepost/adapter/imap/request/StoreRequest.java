package org.jadepost.adapter.imap.request;

import java.util.List;
import org.jadepost.adapter.api.imap.ImapStoreMode;

/**
 * STORE or UID STORE (RFC 3501 §6.4.6) with UNCHANGEDSINCE (RFC 7162 §3.1.3).
 *
 * @param unchangedSince the UNCHANGEDSINCE modifier, or -1
 */
public record StoreRequest(
    String tag,
    boolean uid,
    SequenceSet set,
    ImapStoreMode mode,
    boolean silent,
    List<String> flags,
    long unchangedSince)
    implements ImapRequest {

  /** Copies the flags. */
  public StoreRequest {
    flags = List.copyOf(flags);
  }

  @Override
  public String command() {
    return uid ? "UID STORE" : "STORE";
  }
}
