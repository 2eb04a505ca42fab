package org.jadepost.web.admin.departments;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.boundary.DepartmentService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.DepartmentNode;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** Backs {@code /admin/domain/departments.xhtml?domain=...}: the department tree. */
@Model
@ViewScoped
public class DepartmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DepartmentService departmentService;
  @Inject Actor actor;

  private String domain;
  private TreeNode<DepartmentNode> root;
  private TreeNode<DepartmentNode> selected;
  private String name;

  /** Loads the tree (f:viewAction). */
  public void load() {
    if (domain == null || domain.isBlank()) {
      domain = actor.domain();
    }
    try {
      root = new DefaultTreeNode<>(null, null);
      addAll(root, departmentService.tree(actor, domain));
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Adds a department under the selected one, or at the top when none is selected. */
  public void create() {
    Long parent = selected == null ? null : selected.getData().id();
    run(() -> departmentService.create(actor, domain, parent, name), "admin.departments.created");
    name = null;
  }

  /** Renames the selected department to the typed name. */
  public void rename() {
    if (selected != null) {
      long id = selected.getData().id();
      run(() -> departmentService.rename(actor, domain, id, name), "admin.departments.renamed");
    }
  }

  /** Deletes the selected department. */
  public void delete() {
    if (selected != null) {
      long id = selected.getData().id();
      run(() -> departmentService.delete(actor, domain, id), "admin.departments.deleted");
      selected = null;
    }
  }

  private void run(Runnable action, String successKey) {
    try {
      action.run();
      Messages.info(successKey, name == null ? "" : name);
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  private static void addAll(TreeNode<DepartmentNode> parent, List<DepartmentNode> nodes) {
    for (DepartmentNode node : nodes) {
      DefaultTreeNode<DepartmentNode> child = new DefaultTreeNode<>(node, parent);
      child.setExpanded(true);
      addAll(child, node.children());
    }
  }

  public TreeNode<DepartmentNode> getRoot() {
    return root;
  }

  public TreeNode<DepartmentNode> getSelected() {
    return selected;
  }

  public void setSelected(TreeNode<DepartmentNode> selected) {
    this.selected = selected;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
