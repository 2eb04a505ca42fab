package org.jadepost.account.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.LoginLogStore;
import org.jadepost.account.control.LoginLogWriter;
import org.jadepost.account.control.TenantGuard;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.LoginEntry;
import org.jadepost.account.entity.LoginLogFilter;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainNames;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/**
 * Reading and pruning the login log (B4). A domain administrator reads his domain's entries, the
 * provider administrator any domain's or all, a user his own; nobody sees another tenant's.
 */
@Stateless
public class LoginLogService {

  /** The most entries one page holds. */
  public static final int MAX_PAGE = 500;

  private static final Logger LOG = Logger.getLogger(LoginLogService.class.getName());

  @Inject LoginLogStore store;
  @Inject LoginLogWriter writer;
  @Inject DomainStore domains;
  @Inject AccountStore accounts;

  @Inject
  @ConfigProperty(name = "jadepost.login-log.retention", defaultValue = "P90D")
  Duration retention;

  /**
   * Entries an administrator may read, newest first. A domain administrator who names no domain
   * gets his own; the provider administrator who names none gets every entry.
   */
  public List<LoginEntry> entries(Actor actor, LoginLogFilter filter, int offset, int limit) {
    if (actor == null || !actor.isAdministrator()) {
      throw new ForbiddenException("forbidden.admin", "Administrators only");
    }
    String domain = filter.domain() == null ? actor.domain() : canonical(filter.domain());
    Long domainId = null;
    if (domain != null) {
      TenantGuard.requireAdminOf(actor, domain);
      MailDomain scope = domains.require(domain);
      domainId = scope.getId();
    }
    LoginLogFilter scoped = filter.inDomain(domain).withAccount(canonicalAccount(filter.account()));
    return page(domainId, null, scoped, offset, limit);
  }

  /** The caller's own entries, newest first (the webmail's "login log" page). */
  public List<LoginEntry> own(Actor actor, LoginLogFilter filter, int offset, int limit) {
    Account account = accounts.own(actor);
    return page(null, account.getId(), filter.withAccount(null), offset, limit);
  }

  /**
   * Deletes the entries older than the retention period ({@code jadepost.login-log.retention},
   * three months as the manual promises); returns how many.
   */
  public int prune() {
    int removed = writer.deleteBefore(Instant.now().minus(retention));
    LOG.fine(() -> "Pruned " + removed + " login log entries older than " + retention);
    return removed;
  }

  /** Prunes every night, on each node (a second prune finds nothing left to delete). */
  @Schedule(hour = "3", minute = "17", persistent = false)
  void nightlyPrune() {
    prune();
  }

  private List<LoginEntry> page(
      Long domainId, Long accountId, LoginLogFilter filter, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new InvalidRequestException(
          "page.invalid",
          "offset must be 0 or more and limit between 1 and " + MAX_PAGE,
          String.valueOf(MAX_PAGE));
    }
    return store.find(domainId, accountId, filter, offset, limit).stream()
        .map(LoginEntry::of)
        .toList();
  }

  private static String canonical(String domain) {
    return DomainNames.normalize(domain);
  }

  private static String canonicalAccount(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    String value = address.strip();
    int at = value.lastIndexOf('@');
    return at < 0
        ? value.toLowerCase(Locale.ROOT)
        : value.substring(0, at).toLowerCase(Locale.ROOT)
            + "@"
            + canonical(value.substring(at + 1));
  }
}
