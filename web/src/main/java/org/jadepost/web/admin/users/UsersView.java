package org.jadepost.web.admin.users;

import jakarta.enterprise.inject.Model;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.boundary.DepartmentService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.DepartmentNode;
import org.jadepost.account.entity.NewUser;
import org.jadepost.account.entity.Role;
import org.jadepost.account.entity.UserChanges;
import org.jadepost.account.entity.UserSummary;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /admin/domain/users.xhtml?domain=...}: lists a domain's accounts, creates them,
 * enables and disables them, resets passwords and deletes them. A domain administrator works on his
 * own domain; the provider administrator names one.
 */
@Model
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MB = 1L << 20;
  private static final int PAGE = AccountService.MAX_PAGE;

  @Inject AccountService accountService;
  @Inject DepartmentService departmentService;
  @Inject Actor actor;

  private String domain;
  private List<UserSummary> users;
  private List<DepartmentNode> departments;
  private String localPart;
  private String displayName;
  private String password;
  private Long quotaMb;
  private Role role = Role.USER;
  private Long departmentId;
  private String newPassword;

  /** Loads the list (f:viewAction); a domain administrator defaults to his own domain. */
  public void load() {
    if (domain == null || domain.isBlank()) {
      domain = actor.domain();
    }
    try {
      users = accountService.listUsers(actor, domain, 0, PAGE);
      departments = departmentService.tree(actor, domain);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Creates an account from the form. */
  public void create() {
    run(
        () ->
            accountService.createUser(
                actor,
                domain,
                new NewUser(
                    localPart,
                    password,
                    displayName,
                    quotaMb == null ? null : quotaMb * MB,
                    role,
                    departmentId)),
        "admin.users.created",
        localPart + "@" + domain);
    localPart = displayName = password = null;
  }

  /** Turns an account on or off. */
  public void toggle(UserSummary user) {
    run(
        () ->
            accountService.updateUser(
                actor,
                domain,
                user.localPart(),
                new UserChanges(null, !user.enabled(), null, null, null)),
        user.enabled() ? "admin.users.disabled" : "admin.users.enabled",
        user.address());
  }

  /** Sets the password typed in the reset field. */
  public void resetPassword(UserSummary user) {
    run(
        () -> accountService.resetPassword(actor, domain, user.localPart(), newPassword),
        "admin.users.passwordreset",
        user.address());
    newPassword = null;
  }

  /** Deletes an account. */
  public void delete(UserSummary user) {
    run(
        () -> accountService.deleteUser(actor, domain, user.localPart()),
        "admin.users.deleted",
        user.address());
  }

  private void run(Runnable action, String successKey, String subject) {
    try {
      action.run();
      Messages.info(successKey, subject);
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public Role[] getRoles() {
    return Role.values();
  }

  /** Every department of the domain, sub-departments indented under their parents. */
  public List<SelectItem> getDepartmentOptions() {
    List<SelectItem> options = new ArrayList<>();
    flatten(departments == null ? List.of() : departments, "", options);
    return options;
  }

  private static void flatten(List<DepartmentNode> nodes, String indent, List<SelectItem> out) {
    for (DepartmentNode node : nodes) {
      out.add(new SelectItem(node.id(), indent + node.name()));
      flatten(node.children(), indent + "\u3000", out);
    }
  }

  public List<UserSummary> getUsers() {
    return users;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getLocalPart() {
    return localPart;
  }

  public void setLocalPart(String localPart) {
    this.localPart = localPart;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getQuotaMb() {
    return quotaMb;
  }

  public void setQuotaMb(Long quotaMb) {
    this.quotaMb = quotaMb;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
