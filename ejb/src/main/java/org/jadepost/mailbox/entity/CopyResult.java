package org.jadepost.mailbox.entity;

/**
 * What COPY or MOVE did, for UIDPLUS's COPYUID (RFC 4315 §3): {@code sourceUids[i]} became {@code
 * targetUids[i]}.
 *
 * @param target the target folder's counters after the copy
 * @param sourceUids the copied UIDs, ascending
 * @param targetUids their new UIDs in the target
 */
public record CopyResult(FolderSummary target, long[] sourceUids, long[] targetUids) {}
