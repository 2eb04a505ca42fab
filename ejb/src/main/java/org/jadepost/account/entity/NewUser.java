package org.jadepost.account.entity;

/**
 * What an administrator gives to create an account. {@code quotaBytes} and {@code role} may be
 * {@code null} for the domain's default quota and {@link Role#USER}.
 */
public record NewUser(
    String localPart,
    String password,
    String displayName,
    Long quotaBytes,
    Role role,
    Long departmentId) {

  /** A plain user with the domain's defaults. */
  public static NewUser of(String localPart, String password, String displayName) {
    return new NewUser(localPart, password, displayName, null, null, null);
  }
}
