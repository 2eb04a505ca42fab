package org.jadepost.adapter.api.imap;

import java.io.Serializable;

/**
 * Where APPEND stored the message, for {@code [APPENDUID uidvalidity uid]} (RFC 4315 §3).
 *
 * @param uidValidity the UIDVALIDITY of the target folder
 * @param uid the UID the message got
 */
public record ImapAppendResult(long uidValidity, long uid) implements Serializable {}
