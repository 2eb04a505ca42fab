package org.jadepost.delivery.entity;

/**
 * The machine-readable part of an MDN (RFC 8098 §3.1), as far as the sender's mail shows it.
 *
 * @param originalMessageId the Original-Message-ID, with angle brackets
 * @param finalRecipient the address of the Final-Recipient field (who displayed it)
 * @param disposition the disposition type: displayed, deleted, dispatched or processed (§3.2.6.2)
 */
public record DispositionNotification(
    String originalMessageId, String finalRecipient, String disposition) {}
