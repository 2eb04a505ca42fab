package org.jadepost.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.account.entity.Actor;
import org.junit.jupiter.api.Test;

class AccessFilterTest {

  private static final Actor PROVIDER =
      new Actor(Actor.Kind.PROVIDER_ADMIN, "admin", null, "admin");
  private static final Actor DOMAIN_ADMIN =
      new Actor(Actor.Kind.DOMAIN_ADMIN, "boss@a.com", "a.com", "Boss");
  private static final Actor USER = new Actor(Actor.Kind.USER, "u@a.com", "a.com", "U");

  @Test
  void allowedShouldKeepProviderConsoleToProviderAdministrator() {
    assertThat(AccessFilter.allowed(PROVIDER, "/admin/provider/domains.xhtml")).isTrue();
    assertThat(AccessFilter.allowed(DOMAIN_ADMIN, "/admin/provider/domains.xhtml")).isFalse();
    assertThat(AccessFilter.allowed(USER, "/admin/provider/domains.xhtml")).isFalse();
  }

  @Test
  void allowedShouldKeepDomainConsoleToAdministrators() {
    assertThat(AccessFilter.allowed(PROVIDER, "/admin/domain/users.xhtml")).isTrue();
    assertThat(AccessFilter.allowed(DOMAIN_ADMIN, "/admin/domain/users.xhtml")).isTrue();
    assertThat(AccessFilter.allowed(USER, "/admin/domain/users.xhtml")).isFalse();
  }

  @Test
  void allowedShouldKeepWebmailToAccountsWithMailboxes() {
    assertThat(AccessFilter.allowed(USER, "/webmail/index.xhtml")).isTrue();
    assertThat(AccessFilter.allowed(DOMAIN_ADMIN, "/webmail/index.xhtml")).isTrue();
    assertThat(AccessFilter.allowed(PROVIDER, "/webmail/index.xhtml")).isFalse();
  }

  @Test
  void allowedShouldLetEveryoneChangeHisPassword() {
    assertThat(AccessFilter.allowed(PROVIDER, "/account/password.xhtml")).isTrue();
    assertThat(AccessFilter.allowed(USER, "/account/password.xhtml")).isTrue();
  }
}
