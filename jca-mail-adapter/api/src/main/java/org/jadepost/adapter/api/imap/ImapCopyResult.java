package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.Objects;

/**
 * What COPY or MOVE did, for the {@code [COPYUID uidvalidity source target]} response code (RFC
 * 4315 §3). {@code sourceUids[i]} became {@code targetUids[i]}.
 *
 * @param targetUidValidity the UIDVALIDITY of the target folder
 * @param sourceUids the copied UIDs in the source folder, ascending
 * @param targetUids the new UIDs in the target folder, parallel to {@code sourceUids}
 */
public record ImapCopyResult(long targetUidValidity, long[] sourceUids, long[] targetUids)
    implements Serializable {

  /** Checks that the arrays are parallel. */
  public ImapCopyResult {
    Objects.requireNonNull(sourceUids, "sourceUids");
    Objects.requireNonNull(targetUids, "targetUids");
    if (sourceUids.length != targetUids.length) {
      throw new IllegalArgumentException("source and target UIDs differ in length");
    }
  }
}
