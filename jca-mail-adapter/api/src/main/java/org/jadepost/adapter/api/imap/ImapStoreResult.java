package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What STORE did.
 *
 * @param updated the new state of every message that STORE touched (also those whose flags were
 *     already so, RFC 3501 §6.4.6 answers them too), ascending by UID
 * @param modified the UIDs not changed because of UNCHANGEDSINCE (RFC 7162 §3.1.3), for the {@code
 *     [MODIFIED ...]} response code
 */
public record ImapStoreResult(List<ImapFlagState> updated, long[] modified)
    implements Serializable {

  /** Copies the list. */
  public ImapStoreResult {
    updated = List.copyOf(updated);
    Objects.requireNonNull(modified, "modified");
  }
}
