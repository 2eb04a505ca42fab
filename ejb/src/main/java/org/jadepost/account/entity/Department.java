package org.jadepost.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jadepost.tenancy.entity.MailDomain;

/** A node of a domain's organisation tree; the enterprise directory (G1) is built from it. */
@Entity
@Table(name = "department")
@NamedQuery(
    name = Department.BY_DOMAIN,
    query = "SELECT d FROM Department d WHERE d.domain.name = :domain ORDER BY d.name")
@NamedQuery(
    name = Department.COUNT_CHILDREN,
    query = "SELECT COUNT(d) FROM Department d WHERE d.parent = :parent")
public class Department {

  public static final String BY_DOMAIN = "Department.byDomain";
  public static final String COUNT_CHILDREN = "Department.countChildren";

  @Id
  @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "domain_id", nullable = false)
  private MailDomain domain;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Department parent;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Department() {}

  public Department(MailDomain domain, Department parent, String name) {
    this.domain = domain;
    this.parent = parent;
    this.name = name;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public MailDomain getDomain() {
    return domain;
  }

  public Department getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
