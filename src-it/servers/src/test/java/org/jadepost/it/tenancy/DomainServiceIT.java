package org.jadepost.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jadepost.it.deployment.Tenants.PROVIDER;
import static org.jadepost.it.deployment.Tenants.domainAdmin;
import static org.jadepost.it.deployment.Tenants.uniqueDomain;

import jakarta.inject.Inject;
import java.util.Locale;
import org.jadepost.it.deployment.Deployments;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jadepost.tenancy.entity.DomainSummary;
import org.jadepost.tenancy.entity.Edition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DomainService} in the deployed EAR, on the server's database. */
@ExtendWith(ArquillianExtension.class)
class DomainServiceIT {

  @Inject DomainService domains;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.jadepostEar();
  }

  @Test
  void createShouldStoreDomainWithDefaultsWhenProviderAdminCreatesIt() {
    String name = uniqueDomain("acme");

    DomainSummary created =
        domains.create(PROVIDER, name.toUpperCase(Locale.ROOT), DomainSettings.defaults());

    assertThat(created.name()).isEqualTo(name);
    assertThat(created.edition()).isEqualTo(Edition.STANDARD);
    assertThat(created.quotaBytes()).isEqualTo(DomainService.DEFAULT_DOMAIN_QUOTA);
    assertThat(created.userQuotaBytes()).isEqualTo(DomainService.DEFAULT_USER_QUOTA);
    assertThat(created.enabled()).isTrue();
    assertThat(created.userCount()).isZero();
    assertThat(domains.list(PROVIDER)).extracting(DomainSummary::name).contains(name);
  }

  @Test
  void createShouldThrowForbiddenWhenDomainAdminCreatesDomain() {
    String own = uniqueDomain("own");
    domains.create(PROVIDER, own, DomainSettings.defaults());

    assertThatThrownBy(
            () ->
                domains.create(domainAdmin(own), uniqueDomain("other"), DomainSettings.defaults()))
        .isInstanceOf(ForbiddenException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "no spaces.example", "-leading.example", "a..b.example", ""})
  void createShouldThrowInvalidRequestWhenNameIsMalformed(String name) {
    assertThatThrownBy(() -> domains.create(PROVIDER, name, DomainSettings.defaults()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo("domain.name.invalid"));
  }

  @Test
  void createShouldThrowConflictWhenDomainExists() {
    String name = uniqueDomain("twice");
    domains.create(PROVIDER, name, DomainSettings.defaults());

    assertThatThrownBy(() -> domains.create(PROVIDER, name, DomainSettings.defaults()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("domain.exists"));
  }

  @Test
  void createShouldStoreAsciiFormWhenNameIsInternationalized() {
    String parent = uniqueDomain("idn");

    DomainSummary created = domains.create(PROVIDER, "Bücher." + parent, DomainSettings.defaults());

    assertThat(created.name()).isEqualTo("xn--bcher-kva." + parent);
    assertThat(domains.get(PROVIDER, "bücher." + parent).name()).isEqualTo(created.name());
  }

  @Test
  void listShouldShowDomainAdminOnlyHisOwnDomain() {
    String own = uniqueDomain("mine");
    String other = uniqueDomain("theirs");
    domains.create(PROVIDER, own, DomainSettings.defaults());
    domains.create(PROVIDER, other, DomainSettings.defaults());

    assertThat(domains.list(domainAdmin(own))).extracting(DomainSummary::name).containsExactly(own);
    assertThatThrownBy(() -> domains.get(domainAdmin(own), other))
        .isInstanceOf(ForbiddenException.class);
  }
}
