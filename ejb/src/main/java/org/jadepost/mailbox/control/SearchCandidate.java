package org.jadepost.mailbox.control;

import java.time.Instant;
import java.util.List;

/**
 * What SEARCH knows of a message without reading it: the row's flags, dates, size and the decoded
 * header columns.
 *
 * @param uid the UID
 * @param flags the flag bit set
 * @param keywords the keywords
 * @param modseq the MODSEQ
 * @param internalDate when it arrived
 * @param size its size in bytes
 * @param subject the decoded Subject, cut to 998 characters, or null
 * @param from the first From address with its decoded name, or null
 * @param to the To addresses, or null
 * @param blobId where its bytes are
 */
public record SearchCandidate(
    long uid,
    int flags,
    List<String> keywords,
    long modseq,
    Instant internalDate,
    long size,
    String subject,
    String from,
    String to,
    String blobId) {}
