package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One STORE command on UIDs (RFC 3501 §6.4.6, RFC 7162 §3.1.3).
 *
 * @param folder the selected folder's full name
 * @param uids the UIDs to change, ascending; UIDs that no longer exist are skipped
 * @param mode replace, add or remove
 * @param flags the {@link ImapFlag} mask to apply
 * @param keywords the keywords to apply
 * @param unchangedSince the UNCHANGEDSINCE modifier: a message whose modseq is greater is not
 *     changed but reported in {@link ImapStoreResult#modified()}; -1 without the modifier
 */
public record ImapStore(
    String folder,
    long[] uids,
    ImapStoreMode mode,
    int flags,
    List<String> keywords,
    long unchangedSince)
    implements Serializable {

  /** Checks the values and copies the keywords. */
  public ImapStore {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(uids, "uids");
    Objects.requireNonNull(mode, "mode");
    keywords = List.copyOf(keywords);
  }
}
