package org.jadepost.it.deployment;

import java.util.UUID;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.NewUser;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;

/**
 * Principals and names for tests that share one database: every test makes its own domains with a
 * random label, so tests neither see nor depend on each other's data.
 */
public final class Tenants {

  /** The provider administrator, as {@code AuthenticationService} makes him. */
  public static final Actor PROVIDER = new Actor(Actor.Kind.PROVIDER_ADMIN, "admin", null, "admin");

  private Tenants() {}

  /** A domain name no other test uses, for example {@code acme-1f2e3d4c.example}. */
  public static String uniqueDomain(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
  }

  /**
   * A user {@code localPart} (password {@code Secret-123}) in a new domain named after {@code
   * prefix}, made by the provider administrator through the boundaries.
   */
  public static Actor newUser(
      DomainService domains, AccountService accounts, String prefix, String localPart) {
    String domain = uniqueDomain(prefix);
    domains.create(PROVIDER, domain, DomainSettings.defaults());
    accounts.createUser(
        PROVIDER, domain, new NewUser(localPart, "Secret-123", localPart, null, null, null));
    return new Actor(Actor.Kind.USER, localPart + "@" + domain, domain, localPart);
  }

  /** An administrator of {@code domain} (and of no other). */
  public static Actor domainAdmin(String domain) {
    return new Actor(Actor.Kind.DOMAIN_ADMIN, "boss@" + domain, domain, "Boss");
  }
}
