package org.jadepost.web.webmail.signatures;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.boundary.TemplateService;
import org.jadepost.compose.entity.Template;
import org.jadepost.web.faces.Actions;
import org.jadepost.web.faces.UserPreferences;
import org.omnifaces.cdi.ViewScoped;

/** Backs {@code /webmail/templates.xhtml}: the built-in templates and the user's own. */
@Model
@ViewScoped
public class TemplatesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TemplateService templates;
  @Inject UserPreferences preferences;
  @Inject Actor actor;

  private String name;
  private String subject;
  private String html;

  /** Built-in templates in the page's language. */
  public List<Template> getBuiltIn() {
    return all().stream().filter(Template::builtIn).toList();
  }

  /** The user's own templates. */
  public List<Template> getOwn() {
    return all().stream().filter(t -> !t.builtIn()).toList();
  }

  /** Saves the template of the form. */
  public void add() {
    String added = name;
    if (Actions.run(
        () -> templates.create(actor, name, subject, html), "webmail.templates.added", added)) {
      name = null;
      subject = null;
      html = null;
    }
  }

  /** Deletes the user's template with key {@code user:<id>}. */
  public void delete(String key) {
    long id = Long.parseLong(key.substring(key.indexOf(':') + 1));
    Actions.run(() -> templates.delete(actor, id), "webmail.templates.deleted", null);
  }

  private List<Template> all() {
    return templates.list(actor, "zh".equals(preferences.getLanguage()));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }
}
