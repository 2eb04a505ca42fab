package org.jadepost.account.entity;

import java.time.Instant;

/**
 * A code just created: the only time the code itself is given out.
 *
 * @param id identifies the code for revoking it
 * @param label what the user called it
 * @param code the secret to type into the mail client
 * @param createdAt when it was created
 */
public record IssuedClientCode(long id, String label, String code, Instant createdAt) {}
