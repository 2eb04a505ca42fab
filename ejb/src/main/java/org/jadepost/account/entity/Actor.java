package org.jadepost.account.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who is calling a boundary: the provider administrator, a domain administrator or a user. Every
 * boundary takes it and scopes its queries by it, so tenant isolation does not depend on the caller
 * remembering a check.
 *
 * @param kind what sort of principal this is
 * @param login the name used to log in ({@code admin} or {@code local@domain})
 * @param domain the domain the principal belongs to, {@code null} for the provider administrator
 * @param displayName the name to greet
 */
public record Actor(Kind kind, String login, String domain, String displayName)
    implements Serializable {

  /** The three sorts of principals. */
  public enum Kind {
    PROVIDER_ADMIN,
    DOMAIN_ADMIN,
    USER
  }

  public Actor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(login, "login");
  }

  /** Whether this principal may administer accounts of {@code domainName}. */
  public boolean administers(String domainName) {
    return kind == Kind.PROVIDER_ADMIN
        || (kind == Kind.DOMAIN_ADMIN && domain != null && domain.equals(domainName));
  }

  /** The mailbox name before the {@code @}; {@code null} for the provider administrator. */
  public String localPart() {
    int at = login.lastIndexOf('@');
    return domain == null || at < 0 ? null : login.substring(0, at);
  }

  public boolean isProviderAdmin() {
    return kind == Kind.PROVIDER_ADMIN;
  }

  public boolean isAdministrator() {
    return kind != Kind.USER;
  }
}
