package org.jadepost.account.entity;

import java.time.Instant;

/** Read model of an account for consoles and the REST API; never carries the password hash. */
public record UserSummary(
    String address,
    String localPart,
    String domain,
    String displayName,
    Role role,
    long quotaBytes,
    boolean enabled,
    Long departmentId,
    String departmentName,
    Instant createdAt) {

  /** Builds the summary of {@code account}. */
  public static UserSummary of(Account account) {
    Department department = account.getDepartment();
    return new UserSummary(
        account.address(),
        account.getLocalPart(),
        account.getDomain().getName(),
        account.getDisplayName(),
        account.getRole(),
        account.getQuotaBytes(),
        account.isEnabled(),
        department == null ? null : department.getId(),
        department == null ? null : department.getName(),
        account.getCreatedAt());
  }
}
