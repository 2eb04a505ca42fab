package org.jadepost.web.rest.account;

import org.jadepost.account.entity.NewUser;
import org.jadepost.account.entity.Role;

/**
 * The body of {@code POST /api/v1/domains/{domain}/users}.
 *
 * @param localPart the mailbox name before the {@code @}
 * @param password the initial password
 * @param displayName the user's name, Chinese welcome
 * @param quotaBytes the mailbox quota; the domain default when absent
 * @param role USER (default) or DOMAIN_ADMIN
 */
public record UserRequest(
    String localPart, String password, String displayName, Long quotaBytes, Role role) {

  NewUser newUser() {
    return new NewUser(localPart, password, displayName, quotaBytes, role, null);
  }
}
