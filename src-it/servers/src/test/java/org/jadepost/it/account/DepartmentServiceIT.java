package org.jadepost.it.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jadepost.it.deployment.Tenants.PROVIDER;
import static org.jadepost.it.deployment.Tenants.domainAdmin;
import static org.jadepost.it.deployment.Tenants.uniqueDomain;

import jakarta.inject.Inject;
import java.util.List;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.boundary.DepartmentService;
import org.jadepost.account.entity.DepartmentNode;
import org.jadepost.account.entity.NewUser;
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

/** {@link DepartmentService} in the deployed EAR: the organisation tree of a domain. */
@ExtendWith(ArquillianExtension.class)
class DepartmentServiceIT {

  @Inject DepartmentService departments;
  @Inject AccountService accounts;
  @Inject DomainService domains;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.jadepostEar();
  }

  @Test
  void treeShouldNestDepartmentsWithSiblingsOrderedByNameAndMemberCounts() {
    String domain = domain();
    departments.create(PROVIDER, domain, null, "Sales");
    long engineering = departments.create(PROVIDER, domain, null, "Engineering");
    departments.create(PROVIDER, domain, engineering, "Platform");
    long backend = departments.create(PROVIDER, domain, engineering, "Backend");
    accounts.createUser(
        PROVIDER, domain, new NewUser("alice", "Secret-123", null, null, null, backend));

    List<DepartmentNode> tree = departments.tree(domainAdmin(domain), domain);

    assertThat(tree).extracting(DepartmentNode::name).containsExactly("Engineering", "Sales");
    DepartmentNode engineeringNode = tree.get(0);
    assertThat(engineeringNode.id()).isEqualTo(engineering);
    assertThat(engineeringNode.children())
        .extracting(DepartmentNode::name, DepartmentNode::memberCount)
        .containsExactly(tuple("Backend", 1L), tuple("Platform", 0L));
    assertThat(tree.get(1).children()).isEmpty();
  }

  @Test
  void createShouldThrowInvalidRequestWhenTreeWouldBeDeeperThanTenLevels() {
    String domain = domain();
    Long parent = null;
    for (int level = 1; level <= DepartmentService.MAX_DEPTH; level++) {
      parent = departments.create(PROVIDER, domain, parent, "Level " + level);
    }
    Long deepest = parent;

    assertThatThrownBy(() -> departments.create(PROVIDER, domain, deepest, "Level 11"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo("department.toodeep"));
  }

  @Test
  void deleteShouldThrowConflictWhenDepartmentHasSubDepartmentsOrMembers() {
    String domain = domain();
    long parent = departments.create(PROVIDER, domain, null, "Parent");
    departments.create(PROVIDER, domain, parent, "Child");
    long staffed = departments.create(PROVIDER, domain, null, "Staffed");
    accounts.createUser(
        PROVIDER, domain, new NewUser("bob", "Secret-123", null, null, null, staffed));

    assertThatThrownBy(() -> departments.delete(PROVIDER, domain, parent))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("department.notempty"));
    assertThatThrownBy(() -> departments.delete(PROVIDER, domain, staffed))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void deleteShouldRemoveDepartmentWhenItIsEmpty() {
    String domain = domain();
    long empty = departments.create(PROVIDER, domain, null, "Empty");

    departments.delete(domainAdmin(domain), domain, empty);

    assertThat(departments.tree(PROVIDER, domain)).isEmpty();
  }

  @Test
  void createShouldThrowConflictWhenSiblingHasSameNameInAnyCase() {
    String domain = domain();
    long sales = departments.create(PROVIDER, domain, null, "Sales");
    long support = departments.create(PROVIDER, domain, null, "Support");
    departments.create(PROVIDER, domain, sales, "Team A");

    assertThatThrownBy(() -> departments.create(PROVIDER, domain, null, "SALES"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("department.exists"));
    assertThatThrownBy(() -> departments.create(PROVIDER, domain, sales, "team a"))
        .isInstanceOf(ConflictException.class);
    assertThat(departments.create(PROVIDER, domain, support, "Team A")).isPositive();
  }

  @Test
  void domainAdminShouldNotReachDepartmentsOfAnotherDomain() {
    String own = domain();
    String other = domain();
    long foreign = departments.create(PROVIDER, other, null, "Secret");

    assertThatThrownBy(() -> departments.tree(domainAdmin(own), other))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> departments.create(domainAdmin(own), own, foreign, "Child"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> departments.delete(domainAdmin(own), own, foreign))
        .isInstanceOf(NotFoundException.class);
  }

  private String domain() {
    return domains.create(PROVIDER, uniqueDomain("dept"), DomainSettings.defaults()).name();
  }
}
