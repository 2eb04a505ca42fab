package org.jadepost.it.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.it.deployment.Tenants.PROVIDER;
import static org.jadepost.it.deployment.Tenants.uniqueDomain;

import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.boundary.AuthenticationService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.NewUser;
import org.jadepost.account.entity.Role;
import org.jadepost.account.entity.UserChanges;
import org.jadepost.it.deployment.Deployments;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link AuthenticationService} in the deployed EAR, against accounts made through the boundaries.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationServiceIT {

  private static final String PASSWORD = "Secret-123";

  @Inject AuthenticationService authentication;
  @Inject AccountService accounts;
  @Inject DomainService domains;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.jadepostEar();
  }

  @Test
  void authenticateShouldReturnUserWhenPasswordIsRight() {
    String domain = domainWith("alice", Role.USER);

    assertThat(authentication.authenticate("alice@" + domain, PASSWORD))
        .hasValueSatisfying(
            actor -> {
              assertThat(actor.kind()).isEqualTo(Actor.Kind.USER);
              assertThat(actor.login()).isEqualTo("alice@" + domain);
              assertThat(actor.domain()).isEqualTo(domain);
              assertThat(actor.displayName()).isEqualTo("Alice");
            });
  }

  @Test
  void authenticateShouldAcceptAddressInAnyCase() {
    String domain = domainWith("alice", Role.USER);

    assertThat(authentication.authenticate(("Alice@" + domain).toUpperCase(Locale.ROOT), PASSWORD))
        .hasValueSatisfying(actor -> assertThat(actor.login()).isEqualTo("alice@" + domain));
  }

  @Test
  void authenticateShouldReturnEmptyWhenPasswordIsWrong() {
    String domain = domainWith("alice", Role.USER);

    assertThat(authentication.authenticate("alice@" + domain, "Wrong-123")).isEmpty();
    assertThat(authentication.authenticate("alice@" + domain, "")).isEmpty();
  }

  @Test
  void authenticateShouldReturnEmptyWhenAccountIsDisabled() {
    String domain = domainWith("alice", Role.USER);
    accounts.updateUser(
        PROVIDER, domain, "alice", new UserChanges(null, Boolean.FALSE, null, null, null));

    assertThat(authentication.authenticate("alice@" + domain, PASSWORD)).isEmpty();
  }

  @Test
  void authenticateShouldReturnEmptyWhenDomainIsDisabled() {
    String domain = domainWith("alice", Role.USER);
    domains.update(PROVIDER, domain, new DomainSettings(null, null, null, null, null, false));

    assertThat(authentication.authenticate("alice@" + domain, PASSWORD)).isEmpty();
  }

  @Test
  void authenticateShouldReturnEmptyWhenUserOrDomainIsUnknown() {
    String domain = domainWith("alice", Role.USER);

    assertThat(authentication.authenticate("nobody@" + domain, PASSWORD)).isEmpty();
    assertThat(authentication.authenticate("alice@" + uniqueDomain("nowhere"), PASSWORD)).isEmpty();
    assertThat(authentication.authenticate("alice@not a domain", PASSWORD)).isEmpty();
    assertThat(authentication.authenticate("nobody", PASSWORD)).isEmpty();
  }

  @Test
  void authenticateShouldReturnDomainAdminWhenAccountHasAdminRole() {
    String domain = domainWith("boss", Role.DOMAIN_ADMIN);

    assertThat(authentication.authenticate("boss@" + domain, PASSWORD))
        .hasValueSatisfying(
            actor -> {
              assertThat(actor.kind()).isEqualTo(Actor.Kind.DOMAIN_ADMIN);
              assertThat(actor.administers(domain)).isTrue();
              assertThat(actor.administers(uniqueDomain("elsewhere"))).isFalse();
            });
  }

  @Test
  void authenticateShouldReturnProviderAdminWhenConfiguredPasswordIsGiven() {
    String configured =
        ConfigProvider.getConfig().getValue("jadepost.admin.password", String.class);

    assertThat(authentication.authenticate("admin", configured))
        .hasValueSatisfying(actor -> assertThat(actor.isProviderAdmin()).isTrue());
    assertThat(authentication.authenticate("admin", configured + "x")).isEmpty();
  }

  private String domainWith(String localPart, Role role) {
    String domain =
        domains.create(PROVIDER, uniqueDomain("auth"), DomainSettings.defaults()).name();
    String displayName =
        localPart.substring(0, 1).toUpperCase(Locale.ROOT) + localPart.substring(1);
    accounts.createUser(
        PROVIDER, domain, new NewUser(localPart, PASSWORD, displayName, null, role, null));
    return domain;
  }
}
