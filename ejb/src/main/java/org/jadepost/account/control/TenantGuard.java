package org.jadepost.account.control;

import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.ForbiddenException;

/** The authorization checks boundaries make before they touch a tenant's data. */
public final class TenantGuard {

  private TenantGuard() {}

  /** Only the provider administrator may go on. */
  public static void requireProvider(Actor actor) {
    if (actor == null || !actor.isProviderAdmin()) {
      throw new ForbiddenException(
          "forbidden.provider", "Only the provider administrator may do this");
    }
  }

  /** Only an administrator of {@code domain} (or the provider administrator) may go on. */
  public static void requireAdminOf(Actor actor, String domain) {
    if (actor == null || !actor.administers(domain)) {
      throw new ForbiddenException(
          "forbidden.domain", "Not an administrator of domain " + domain, domain);
    }
  }
}
