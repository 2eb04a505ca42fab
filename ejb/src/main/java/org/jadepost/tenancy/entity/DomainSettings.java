package org.jadepost.tenancy.entity;

/**
 * What a provider administrator sets on a domain; {@code null} leaves a value as it is on update
 * and takes the default on create.
 */
public record DomainSettings(
    String displayName,
    Edition edition,
    Long quotaBytes,
    Long userQuotaBytes,
    Integer maxUsers,
    Boolean enabled) {

  /** Settings that change nothing / take every default. */
  public static DomainSettings defaults() {
    return new DomainSettings(null, null, null, null, null, null);
  }
}
