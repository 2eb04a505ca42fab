package org.jadepost.mailbox.entity;

import java.util.List;

/**
 * What changed in a folder after a MODSEQ (RFC 7162 §3.1.4.1, §3.2.5.2).
 *
 * @param folder the folder's counters now
 * @param changed the messages whose MODSEQ is greater, new ones included, ascending by UID
 * @param expunged the UIDs expunged after that MODSEQ, ascending
 */
public record FolderDelta(FolderSummary folder, List<MessageState> changed, long[] expunged) {}
