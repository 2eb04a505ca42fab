package org.jadepost.mailbox.entity;

import java.time.Instant;
import java.util.List;

/**
 * The stored metadata of one message without its entity, as FETCH reads it for many messages.
 *
 * @param uid the UID
 * @param flags the {@link Flag} bit set
 * @param keywords the keywords
 * @param modseq the MODSEQ
 * @param internalDate when it arrived
 * @param size its size in bytes
 * @param blobId where its bytes are
 */
public record MessageRow(
    long uid,
    int flags,
    List<String> keywords,
    long modseq,
    Instant internalDate,
    long size,
    String blobId) {}
