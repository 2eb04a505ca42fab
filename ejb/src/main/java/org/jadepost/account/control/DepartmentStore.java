package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jadepost.account.entity.Department;
import org.jadepost.platform.entity.NotFoundException;

/** Persistence of departments, always scoped by domain name. */
@ApplicationScoped
public class DepartmentStore {

  @PersistenceContext EntityManager em;

  public List<Department> byDomain(String domain) {
    return em.createNamedQuery(Department.BY_DOMAIN, Department.class)
        .setParameter("domain", domain)
        .getResultList();
  }

  /**
   * The department {@code id} of {@code domain}. A department of another domain is reported as not
   * found, so ids of other tenants reveal nothing.
   */
  public Department require(String domain, long id) {
    Department department = em.find(Department.class, id);
    if (department == null || !department.getDomain().getName().equals(domain)) {
      throw new NotFoundException(
          "department.notfound", "No such department: " + id, String.valueOf(id));
    }
    return department;
  }

  public long countChildren(Department parent) {
    return em.createNamedQuery(Department.COUNT_CHILDREN, Long.class)
        .setParameter("parent", parent)
        .getSingleResult();
  }

  public Department persist(Department department) {
    em.persist(department);
    em.flush();
    return department;
  }

  public void remove(Department department) {
    em.remove(department);
  }
}
