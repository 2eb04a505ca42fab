package org.jadepost.tenancy.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.TenantGuard;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailauth.control.DkimKeys;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainNames;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jadepost.tenancy.entity.DomainSummary;
import org.jadepost.tenancy.entity.Edition;
import org.jadepost.tenancy.entity.MailDomain;

/** Creates, lists and changes hosted domains. Provider administrators only, except reads. */
@Stateless
public class DomainService {

  /** 10 GiB for a new domain unless the provider says otherwise. */
  public static final long DEFAULT_DOMAIN_QUOTA = 10L << 30;

  /** 1 GiB per new mailbox unless the provider says otherwise. */
  public static final long DEFAULT_USER_QUOTA = 1L << 30;

  @Inject DomainStore domains;
  @Inject AccountStore accounts;
  @Inject DkimKeys dkimKeys;

  /** Creates the domain {@code name}; its canonical (ASCII) name is returned in the summary. */
  public DomainSummary create(Actor actor, String name, DomainSettings settings) {
    TenantGuard.requireProvider(actor);
    String canonical = DomainNames.normalize(name);
    if (domains.find(canonical).isPresent()) {
      throw new ConflictException(
          "domain.exists", "Domain already exists: " + canonical, canonical);
    }
    MailDomain domain =
        new MailDomain(
            canonical,
            orDefault(settings.edition(), Edition.STANDARD),
            orDefault(settings.quotaBytes(), DEFAULT_DOMAIN_QUOTA),
            orDefault(settings.userQuotaBytes(), DEFAULT_USER_QUOTA));
    apply(domain, settings);
    domains.persist(domain);
    dkimKeys.ensure(domain); // T4: every new domain can sign from its first message
    return DomainSummary.of(domain, 0);
  }

  /** Every domain for the provider; a domain administrator sees only his own. */
  public List<DomainSummary> list(Actor actor) {
    return domains.all().stream()
        .filter(d -> actor.administers(d.getName()))
        .map(d -> DomainSummary.of(d, accounts.countByDomain(d.getName())))
        .toList();
  }

  /** The domain {@code name}, if {@code actor} administers it. */
  public DomainSummary get(Actor actor, String name) {
    String canonical = DomainNames.normalize(name);
    TenantGuard.requireAdminOf(actor, canonical);
    return DomainSummary.of(domains.require(canonical), accounts.countByDomain(canonical));
  }

  /** Changes edition, quotas, limits or the enabled flag of a domain. */
  public DomainSummary update(Actor actor, String name, DomainSettings settings) {
    TenantGuard.requireProvider(actor);
    String canonical = DomainNames.normalize(name);
    MailDomain domain = domains.require(canonical);
    if (settings.edition() != null) {
      domain.setEdition(settings.edition());
    }
    apply(domain, settings);
    long allocated = accounts.allocatedQuota(canonical);
    if (domain.getQuotaBytes() < allocated) {
      throw new InvalidRequestException(
          "domain.quota.belowallocated",
          "The domain quota is below what its mailboxes already have: " + allocated,
          String.valueOf(allocated));
    }
    return DomainSummary.of(domain, accounts.countByDomain(canonical));
  }

  private static void apply(MailDomain domain, DomainSettings settings) {
    if (settings.displayName() != null) {
      domain.setDisplayName(settings.displayName().strip());
    }
    if (settings.quotaBytes() != null) {
      domain.setQuotaBytes(positive(settings.quotaBytes()));
    }
    if (settings.userQuotaBytes() != null) {
      domain.setUserQuotaBytes(positive(settings.userQuotaBytes()));
    }
    if (settings.maxUsers() != null) {
      domain.setMaxUsers((int) positive(settings.maxUsers()));
    }
    if (settings.enabled() != null) {
      domain.setEnabled(settings.enabled());
    }
    if (domain.getUserQuotaBytes() > domain.getQuotaBytes()) {
      throw new InvalidRequestException(
          "domain.userquota.toolarge", "The default mailbox quota exceeds the domain quota");
    }
  }

  private static long positive(long value) {
    if (value <= 0) {
      throw new InvalidRequestException("value.notpositive", "Quotas and limits must be positive");
    }
    return value;
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
