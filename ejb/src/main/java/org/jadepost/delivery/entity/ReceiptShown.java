package org.jadepost.delivery.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A read receipt as the reading pane of a sent message shows it (C5).
 *
 * @param reporter the address that reported it
 * @param disposition displayed, deleted, dispatched or processed
 * @param at when it was reported
 */
public record ReceiptShown(String reporter, String disposition, Instant at)
    implements Serializable {}
