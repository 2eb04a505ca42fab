package org.jadepost.mailbox.entity;

import java.util.List;

/**
 * A folder as SELECT opens it: its counters and the UID and flags of every message in two arrays,
 * read by one query without entities, so a 100,000-message folder costs about a megabyte.
 *
 * @param folder the folder's counters
 * @param uids the UIDs, ascending
 * @param flags the {@link Flag} bit set of each message, parallel to {@code uids}
 * @param keywords the keywords used in the folder
 */
public record FolderSnapshot(
    FolderSummary folder, long[] uids, int[] flags, List<String> keywords) {}
