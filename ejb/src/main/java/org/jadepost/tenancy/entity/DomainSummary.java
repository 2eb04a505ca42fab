package org.jadepost.tenancy.entity;

import java.time.Instant;

/** Read model of a domain for consoles and the REST API. */
public record DomainSummary(
    String name,
    String displayName,
    Edition edition,
    long quotaBytes,
    long userQuotaBytes,
    int maxUsers,
    boolean enabled,
    long userCount,
    Instant createdAt) {

  /** Builds the summary of {@code domain} with its current number of accounts. */
  public static DomainSummary of(MailDomain domain, long userCount) {
    return new DomainSummary(
        domain.getName(),
        domain.getDisplayName(),
        domain.getEdition(),
        domain.getQuotaBytes(),
        domain.getUserQuotaBytes(),
        domain.getMaxUsers(),
        domain.isEnabled(),
        userCount,
        domain.getCreatedAt());
  }
}
