package org.jadepost.web.admin.dkim;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailauth.boundary.DkimService;
import org.jadepost.mailauth.entity.DkimRecord;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/** Backs {@code /admin/domain/dkim.xhtml?domain=...}: the DKIM TXT record and key rotation. */
@Model
@ViewScoped
public class DkimView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DkimService dkimService;
  @Inject Actor actor;

  private String domain;
  private DkimRecord record;

  /** Loads the record (f:viewAction); a domain administrator sees his own domain by default. */
  public void load() {
    if (domain == null || domain.isBlank()) {
      domain = actor.domain();
    }
    try {
      record = dkimService.record(actor, domain);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Generates a new key under a new selector. */
  public void rotate() {
    try {
      record = dkimService.rotate(actor, domain);
      Messages.info("admin.dkim.rotated", record.selector());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public DkimRecord getRecord() {
    return record;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }
}
