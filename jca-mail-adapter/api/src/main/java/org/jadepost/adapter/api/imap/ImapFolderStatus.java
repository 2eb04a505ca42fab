package org.jadepost.adapter.api.imap;

import java.io.Serializable;

/**
 * The counters of one folder for STATUS (RFC 3501 §6.3.10, RFC 7162 §3.1.2.2).
 *
 * @param messages the number of messages
 * @param unseen the number of messages without {@code \Seen}
 * @param uidNext the UID the next message will get
 * @param uidValidity the UIDVALIDITY of the folder
 * @param highestModseq the highest modification sequence of the folder (RFC 7162), at least 1
 * @param size the total size of its messages in bytes (RFC 8438 STATUS=SIZE)
 */
public record ImapFolderStatus(
    long messages, long unseen, long uidNext, long uidValidity, long highestModseq, long size)
    implements Serializable {}
