package org.jadepost.web.webmail.signatures;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.boundary.SignatureService;
import org.jadepost.compose.entity.Signature;
import org.jadepost.web.faces.Actions;
import org.omnifaces.cdi.ViewScoped;

/** Backs {@code /webmail/signatures.xhtml}: list, add, make default and delete signatures. */
@Model
@ViewScoped
public class SignaturesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignatureService signatures;
  @Inject Actor actor;

  private String name;
  private String html;
  private boolean makeDefault;

  /** The user's signatures. */
  public List<Signature> getList() {
    return signatures.list(actor);
  }

  /** Adds the signature of the form. */
  public void add() {
    String added = name;
    if (Actions.run(
        () -> signatures.create(actor, name, html, makeDefault),
        "webmail.signatures.added",
        added)) {
      name = null;
      html = null;
      makeDefault = false;
    }
  }

  /** Makes signature {@code s} the default. */
  public void makeDefault(Signature s) {
    Actions.run(
        () -> signatures.update(actor, s.id(), s.name(), s.html(), true),
        "webmail.signatures.added",
        s.name());
  }

  /** Deletes signature {@code id}. */
  public void delete(long id) {
    Actions.run(() -> signatures.delete(actor, id), "webmail.signatures.deleted", null);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public boolean isMakeDefault() {
    return makeDefault;
  }

  public void setMakeDefault(boolean makeDefault) {
    this.makeDefault = makeDefault;
  }
}
