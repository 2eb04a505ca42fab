package org.jadepost.web.rest.tenancy;

import org.jadepost.tenancy.entity.DomainSettings;
import org.jadepost.tenancy.entity.Edition;

/**
 * The body of {@code POST /api/v1/domains}; only {@code name} is required.
 *
 * @param name the domain name, for example {@code example.com} or {@code 例子.中国}
 * @param displayName the company's name
 * @param edition STANDARD (default) or PROFESSIONAL
 * @param quotaBytes the domain's total quota
 * @param userQuotaBytes the default quota of a new mailbox
 * @param maxUsers the most accounts the domain may have
 */
public record DomainRequest(
    String name,
    String displayName,
    Edition edition,
    Long quotaBytes,
    Long userQuotaBytes,
    Integer maxUsers) {

  DomainSettings settings() {
    return new DomainSettings(displayName, edition, quotaBytes, userQuotaBytes, maxUsers, null);
  }
}
