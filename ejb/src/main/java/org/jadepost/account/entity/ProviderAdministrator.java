package org.jadepost.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An administrator of the whole installation, above every domain (FEATURES A1). */
@Entity
@Table(name = "provider_admin")
@NamedQuery(
    name = ProviderAdministrator.BY_USERNAME,
    query = "SELECT p FROM ProviderAdministrator p WHERE p.username = :username")
public class ProviderAdministrator {

  public static final String BY_USERNAME = "ProviderAdministrator.byUsername";

  @Id
  @SequenceGenerator(
      name = "provider_admin_seq",
      sequenceName = "provider_admin_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_admin_seq")
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected ProviderAdministrator() {}

  public ProviderAdministrator(String username, String passwordHash) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }
}
