package org.jadepost.it.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jadepost.it.deployment.Tenants.PROVIDER;
import static org.jadepost.it.deployment.Tenants.domainAdmin;
import static org.jadepost.it.deployment.Tenants.uniqueDomain;

import jakarta.inject.Inject;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.boundary.DepartmentService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.NewUser;
import org.jadepost.account.entity.Role;
import org.jadepost.account.entity.UserChanges;
import org.jadepost.account.entity.UserSummary;
import org.jadepost.it.deployment.Deployments;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AccountService} in the deployed EAR: account rules, limits and tenant isolation. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

  private static final long MIB = 1L << 20;
  private static final String PASSWORD = "Secret-123";

  @Inject AccountService accounts;
  @Inject DomainService domains;
  @Inject DepartmentService departments;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.jadepostEar();
  }

  @Test
  void createUserShouldApplyDomainDefaultsWhenDomainAdminCreatesUser() {
    String domain = domain(DomainSettings.defaults());

    UserSummary alice = accounts.createUser(domainAdmin(domain), domain, user(" Alice "));

    assertThat(alice.address()).isEqualTo("alice@" + domain);
    assertThat(alice.quotaBytes()).isEqualTo(DomainService.DEFAULT_USER_QUOTA);
    assertThat(alice.role()).isEqualTo(Role.USER);
    assertThat(alice.enabled()).isTrue();
    assertThat(accounts.listUsers(PROVIDER, domain, 0, 10))
        .extracting(UserSummary::address)
        .containsExactly(alice.address());
  }

  @Test
  void createUserShouldThrowConflictWhenLocalPartIsTakenInAnyCase() {
    String domain = domain(DomainSettings.defaults());
    accounts.createUser(PROVIDER, domain, user("alice"));

    assertThatThrownBy(() -> accounts.createUser(PROVIDER, domain, user("ALICE")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account.exists"));
  }

  @Test
  void createUserShouldThrowInvalidRequestWhenQuotaExceedsWhatIsLeftOfDomainQuota() {
    String domain = domain(new DomainSettings(null, null, 100 * MIB, 10 * MIB, null, null));
    accounts.createUser(PROVIDER, domain, withQuota("big", 60 * MIB));

    assertThatThrownBy(() -> accounts.createUser(PROVIDER, domain, withQuota("bigger", 50 * MIB)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo("account.quota.exceedsdomain"));
    assertThatThrownBy(() -> accounts.createUser(PROVIDER, domain, withQuota("huge", 200 * MIB)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void createUserShouldThrowInvalidRequestWhenDomainHasReachedMaxUsers() {
    String domain = domain(new DomainSettings(null, null, null, null, 2, null));
    accounts.createUser(PROVIDER, domain, user("one"));
    accounts.createUser(PROVIDER, domain, user("two"));

    assertThatThrownBy(() -> accounts.createUser(PROVIDER, domain, user("three")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.code()).isEqualTo("domain.maxusers"));
    assertThat(accounts.listUsers(PROVIDER, domain, 0, 10)).hasSize(2);
  }

  @Test
  void domainAdminShouldBeForbiddenToListCreateOrDeleteInAnotherDomain() {
    String own = domain(DomainSettings.defaults());
    String other = domain(DomainSettings.defaults());
    accounts.createUser(PROVIDER, other, user("victim"));
    Actor admin = domainAdmin(own);

    assertThatThrownBy(() -> accounts.listUsers(admin, other, 0, 10))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> accounts.createUser(admin, other, user("intruder")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> accounts.deleteUser(admin, other, "victim"))
        .isInstanceOf(ForbiddenException.class);
    assertThat(accounts.getUser(PROVIDER, other, "victim").enabled()).isTrue();
  }

  @Test
  void createUserShouldThrowNotFoundWhenDepartmentBelongsToAnotherDomain() {
    String own = domain(DomainSettings.defaults());
    String other = domain(DomainSettings.defaults());
    long foreign = departments.create(PROVIDER, other, null, "Sales");
    NewUser intoForeign = new NewUser("alice", PASSWORD, "Alice", null, null, foreign);

    assertThatThrownBy(() -> accounts.createUser(domainAdmin(own), own, intoForeign))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("department.notfound"));
    accounts.createUser(domainAdmin(own), own, user("bob"));
    UserChanges moveToForeign = new UserChanges(null, null, null, null, foreign);
    assertThatThrownBy(() -> accounts.updateUser(domainAdmin(own), own, "bob", moveToForeign))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteUserShouldRemoveAccountWhenDomainAdminDeletesIt() {
    String domain = domain(DomainSettings.defaults());
    accounts.createUser(PROVIDER, domain, user("leaver"));

    accounts.deleteUser(domainAdmin(domain), domain, "leaver");

    assertThatThrownBy(() -> accounts.getUser(PROVIDER, domain, "leaver"))
        .isInstanceOf(NotFoundException.class);
  }

  private String domain(DomainSettings settings) {
    return domains.create(PROVIDER, uniqueDomain("acct"), settings).name();
  }

  private static NewUser user(String localPart) {
    return NewUser.of(localPart, PASSWORD, null);
  }

  private static NewUser withQuota(String localPart, long quotaBytes) {
    return new NewUser(localPart, PASSWORD, null, quotaBytes, null, null);
  }
}
