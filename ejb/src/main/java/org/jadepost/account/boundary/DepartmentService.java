package org.jadepost.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.DepartmentStore;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.Department;
import org.jadepost.account.entity.DepartmentNode;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/** The organisation tree of a domain (FEATURES R1, source of the directory G1). */
@Stateless
public class DepartmentService {

  /** How deep the tree may grow. */
  public static final int MAX_DEPTH = 10;

  @Inject DepartmentStore departments;
  @Inject DomainStore domains;
  @Inject AccountStore accounts;

  /** The domain's departments as a forest of roots, siblings ordered by name. */
  public List<DepartmentNode> tree(Actor actor, String domainName) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    List<Department> all = departments.byDomain(domain.getName());
    Map<Long, List<Department>> byParent = new HashMap<>();
    for (Department d : all) {
      Long parent = d.getParent() == null ? null : d.getParent().getId();
      byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
    }
    return nodes(byParent, null);
  }

  /** Creates a department under {@code parentId} ({@code null} for a top-level one). */
  public long create(Actor actor, String domainName, Long parentId, String name) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    String clean = cleanName(name);
    Department parent = parentId == null ? null : departments.require(domain.getName(), parentId);
    if (depth(parent) >= MAX_DEPTH) {
      throw new InvalidRequestException(
          "department.toodeep",
          "Departments nest at most " + MAX_DEPTH + " levels",
          "" + MAX_DEPTH);
    }
    refuseDuplicate(domain.getName(), parent, clean, null);
    return departments.persist(new Department(domain, parent, clean)).getId();
  }

  /** Renames a department. */
  public void rename(Actor actor, String domainName, long id, String name) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    Department department = departments.require(domain.getName(), id);
    String clean = cleanName(name);
    refuseDuplicate(domain.getName(), department.getParent(), clean, department);
    department.setName(clean);
  }

  /** Deletes a department that has neither sub-departments nor members. */
  public void delete(Actor actor, String domainName, long id) {
    MailDomain domain = domains.requireAdministered(actor, domainName);
    Department department = departments.require(domain.getName(), id);
    if (departments.countChildren(department) > 0 || accounts.countInDepartment(department) > 0) {
      throw new ConflictException(
          "department.notempty", "The department still has members or sub-departments");
    }
    departments.remove(department);
  }

  private List<DepartmentNode> nodes(Map<Long, List<Department>> byParent, Long parent) {
    List<DepartmentNode> result = new ArrayList<>();
    for (Department d : byParent.getOrDefault(parent, List.of())) {
      result.add(
          new DepartmentNode(
              d.getId(), d.getName(), accounts.countInDepartment(d), nodes(byParent, d.getId())));
    }
    return result;
  }

  private void refuseDuplicate(String domain, Department parent, String name, Department self) {
    boolean taken =
        departments.byDomain(domain).stream()
            .anyMatch(
                d -> d != self && d.getParent() == parent && d.getName().equalsIgnoreCase(name));
    if (taken) {
      throw new ConflictException("department.exists", "A department of that name exists", name);
    }
  }

  private static int depth(Department department) {
    int depth = 0;
    for (Department d = department; d != null; d = d.getParent()) {
      depth++;
    }
    return depth;
  }

  private static String cleanName(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()
        || clean.length() > 100
        || clean.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException("department.name.invalid", "Not a valid department name");
    }
    return clean;
  }
}
