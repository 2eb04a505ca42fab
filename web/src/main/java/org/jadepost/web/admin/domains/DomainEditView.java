package org.jadepost.web.admin.domains;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jadepost.tenancy.entity.DomainSummary;
import org.jadepost.tenancy.entity.Edition;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/** Backs {@code /admin/provider/domain.xhtml?name=...}: edits one domain's settings. */
@Model
@ViewScoped
public class DomainEditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MB = 1L << 20;

  @Inject DomainService domainService;
  @Inject Actor actor;

  private String name;
  private DomainSummary domain;
  private String displayName;
  private Edition edition;
  private long quotaMb;
  private long userQuotaMb;
  private int maxUsers;
  private boolean enabled;

  /** Loads the domain named by the view parameter (f:viewAction). */
  public void load() {
    try {
      show(domainService.get(actor, name));
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Saves the form. */
  public String save() {
    try {
      show(
          domainService.update(
              actor,
              name,
              new DomainSettings(
                  displayName == null ? "" : displayName,
                  edition,
                  quotaMb * MB,
                  userQuotaMb * MB,
                  maxUsers,
                  enabled)));
      Messages.info("admin.domain.saved", domain.name());
      return "/admin/provider/domains.xhtml?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  private void show(DomainSummary summary) {
    domain = summary;
    displayName = summary.displayName();
    edition = summary.edition();
    quotaMb = summary.quotaBytes() / MB;
    userQuotaMb = summary.userQuotaBytes() / MB;
    maxUsers = summary.maxUsers();
    enabled = summary.enabled();
  }

  public Edition[] getEditions() {
    return Edition.values();
  }

  public DomainSummary getDomain() {
    return domain;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Edition getEdition() {
    return edition;
  }

  public void setEdition(Edition edition) {
    this.edition = edition;
  }

  public long getQuotaMb() {
    return quotaMb;
  }

  public void setQuotaMb(long quotaMb) {
    this.quotaMb = quotaMb;
  }

  public long getUserQuotaMb() {
    return userQuotaMb;
  }

  public void setUserQuotaMb(long userQuotaMb) {
    this.userQuotaMb = userQuotaMb;
  }

  public int getMaxUsers() {
    return maxUsers;
  }

  public void setMaxUsers(int maxUsers) {
    this.maxUsers = maxUsers;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
