package org.jadepost.web.webmail.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jadepost.account.entity.Actor;

/**
 * Backs {@code /webmail/index.xhtml}. The folder tree shows the system folders every mailbox has;
 * counts and custom folders arrive with the message store.
 */
@Named
@RequestScoped
public class ShellView {

  /** The system folders, as bundle keys under {@code webmail.folder.}. */
  static final List<String> SYSTEM_FOLDERS =
      List.of("inbox", "drafts", "sent", "deleted", "spam", "todo", "done");

  @Inject Actor actor;

  public Actor getActor() {
    return actor;
  }

  public List<String> getFolders() {
    return SYSTEM_FOLDERS;
  }
}
