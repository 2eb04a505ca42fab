package org.jadepost.mailbox.entity;

import java.util.List;

/**
 * What STORE did.
 *
 * @param updated the state of every message STORE touched, ascending by UID
 * @param modified the UIDs UNCHANGEDSINCE kept as they were (RFC 7162 §3.1.3 MODIFIED)
 */
public record StoreResult(List<MessageState> updated, long[] modified) {}
