package org.jadepost.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the login log (B4): a login attempt on any protocol, or the lock a run of failures
 * set. Domain and account are plain ids, set when the login named an existing one; they scope what
 * administrators and users may read, and survive as {@code null} when the account is deleted.
 */
@Entity
@Table(name = "login_log")
@NamedQuery(
    name = LoginAttempt.DELETE_BEFORE,
    query = "DELETE FROM LoginAttempt a WHERE a.attemptedAt < :before")
public class LoginAttempt {

  public static final String DELETE_BEFORE = "LoginAttempt.deleteBefore";

  /** The longest login kept; longer ones are cut. */
  public static final int MAX_LOGIN = 320;

  @Id
  @SequenceGenerator(name = "login_log_seq", sequenceName = "login_log_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_log_seq")
  private Long id;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "domain_id")
  private Long domainId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "account_address", length = 320)
  private String accountAddress;

  @Column(nullable = false, length = MAX_LOGIN)
  private String login;

  @Column(name = "remote_address", length = 64)
  private String remoteAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ClientProtocol protocol;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LoginResult result;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private LoginReason reason;

  protected LoginAttempt() {}

  /** An entry for {@code login} at {@code at}; who it names is set with {@link #naming}. */
  public LoginAttempt(Instant at, ClientLogin login, LoginResult result, LoginReason reason) {
    this.attemptedAt = at;
    this.login = printable(login.login());
    this.remoteAddress = login.remoteAddress() == null ? null : cut(login.remoteAddress(), 64);
    this.protocol = login.protocol();
    this.result = result;
    this.reason = reason;
  }

  /** Records the domain and account the login named, any of them {@code null}. */
  public LoginAttempt naming(Long domainId, Long accountId, String accountAddress) {
    this.domainId = domainId;
    this.accountId = accountId;
    this.accountAddress = accountAddress;
    return this;
  }

  // Typed input may hold anything; PostgreSQL refuses NUL and a reader wants no control codes.
  private static String printable(String typed) {
    String text = typed == null ? "" : cut(typed, MAX_LOGIN);
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return clean.toString();
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }

  public Long getDomainId() {
    return domainId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getAccountAddress() {
    return accountAddress;
  }

  public String getLogin() {
    return login;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public ClientProtocol getProtocol() {
    return protocol;
  }

  public LoginResult getResult() {
    return result;
  }

  public LoginReason getReason() {
    return reason;
  }
}
