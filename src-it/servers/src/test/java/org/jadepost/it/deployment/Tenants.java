package org.jadepost.it.deployment;

import java.util.UUID;
import org.jadepost.account.entity.Actor;

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

  /** An administrator of {@code domain} (and of no other). */
  public static Actor domainAdmin(String domain) {
    return new Actor(Actor.Kind.DOMAIN_ADMIN, "boss@" + domain, domain, "Boss");
  }
}
