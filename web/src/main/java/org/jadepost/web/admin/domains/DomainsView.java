package org.jadepost.web.admin.domains;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jadepost.tenancy.entity.DomainSummary;
import org.jadepost.tenancy.entity.Edition;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/** Backs {@code /admin/provider/domains.xhtml}: lists domains and creates new ones. */
@Model
@ViewScoped
public class DomainsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MB = 1L << 20;

  @Inject DomainService domainService;
  @Inject Actor actor;

  private List<DomainSummary> domains;
  private String name;
  private Edition edition = Edition.STANDARD;
  private Long quotaMb = DomainService.DEFAULT_DOMAIN_QUOTA / MB;
  private Long userQuotaMb = DomainService.DEFAULT_USER_QUOTA / MB;

  /** Loads the list (f:viewAction). */
  public void load() {
    domains = domainService.list(actor);
  }

  /** Creates the domain from the form and shows it in the list. */
  public void create() {
    try {
      DomainSummary created =
          domainService.create(
              actor,
              name,
              new DomainSettings(null, edition, bytes(quotaMb), bytes(userQuotaMb), null, null));
      Messages.info("admin.domains.created", created.name());
      name = null;
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Megabytes from the form as bytes; an emptied field means the default. */
  private static Long bytes(Long megabytes) {
    return megabytes == null ? null : megabytes * MB;
  }

  public Edition[] getEditions() {
    return Edition.values();
  }

  public List<DomainSummary> getDomains() {
    return domains;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Edition getEdition() {
    return edition;
  }

  public void setEdition(Edition edition) {
    this.edition = edition;
  }

  public Long getQuotaMb() {
    return quotaMb;
  }

  public void setQuotaMb(Long quotaMb) {
    this.quotaMb = quotaMb;
  }

  public Long getUserQuotaMb() {
    return userQuotaMb;
  }

  public void setUserQuotaMb(Long userQuotaMb) {
    this.userQuotaMb = userQuotaMb;
  }
}
