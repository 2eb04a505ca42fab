package org.jadepost.account.entity;

import java.time.Instant;

/**
 * A code as the user's list shows it: never the code itself.
 *
 * @param id identifies the code for revoking it
 * @param label what the user called it ("Outlook at home")
 * @param createdAt when it was created
 * @param lastUsedAt when a client last logged in with it, {@code null} if never
 */
public record ClientCodeSummary(long id, String label, Instant createdAt, Instant lastUsedAt) {

  public static ClientCodeSummary of(ClientCode code) {
    return new ClientCodeSummary(
        code.getId(), code.getLabel(), code.getCreatedAt(), code.getLastUsedAt());
  }
}
