package org.jadepost.web.admin.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.boundary.AliasService;
import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;

/**
 * Backs {@code /admin/domain/aliases.xhtml?domain=...&user=...}: the aliases of one user (R1),
 * added and removed by an administrator of his domain.
 */
@Named
@ViewScoped
public class AliasesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AliasService aliasService;
  @Inject Actor actor;

  private String domain;
  private String user;
  private List<String> aliases = List.of();
  private String alias;

  /** Loads the list (f:viewAction). */
  public void load() {
    if (domain == null || domain.isBlank()) {
      domain = actor.domain();
    }
    try {
      aliases = aliasService.list(actor, domain, user);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Adds the alias typed in the form. */
  public void add() {
    try {
      String created = aliasService.add(actor, domain, user, alias);
      Messages.info("admin.aliases.added", created);
      alias = null;
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Removes {@code address} from the user. */
  public void remove(String address) {
    try {
      aliasService.remove(actor, domain, user, address.substring(0, address.lastIndexOf('@')));
      Messages.info("admin.aliases.removed", address);
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public List<String> getAliases() {
    return aliases;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getAlias() {
    return alias;
  }

  public void setAlias(String alias) {
    this.alias = alias;
  }
}
