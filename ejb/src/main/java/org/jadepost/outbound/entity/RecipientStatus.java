package org.jadepost.outbound.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One recipient's delivery status as the sender sees it.
 *
 * @param recipient the address
 * @param status where it stands
 * @param remoteHost the server that answered last, if any
 * @param reply that server's last reply (or the local error), if any
 * @param attempts how many remote attempts were made
 * @param nextAttemptAt when it is retried, for pending ones
 * @param updatedAt when the status last changed
 */
public record RecipientStatus(
    String recipient,
    DeliveryStatus status,
    String remoteHost,
    String reply,
    int attempts,
    Instant nextAttemptAt,
    Instant updatedAt)
    implements Serializable {}
