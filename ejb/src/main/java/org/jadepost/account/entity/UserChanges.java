package org.jadepost.account.entity;

/**
 * Changes an administrator makes to an account; {@code null} leaves a value as it is. {@code
 * departmentId} 0 removes the account from its department.
 */
public record UserChanges(
    String displayName, Boolean enabled, Long quotaBytes, Role role, Long departmentId) {}
