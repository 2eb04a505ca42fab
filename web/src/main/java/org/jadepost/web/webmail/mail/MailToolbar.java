package org.jadepost.web.webmail.mail;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailActions;
import org.jadepost.mailbox.boundary.TagService;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.DragDropEvent;

/**
 * The toolbar of the main mail screen: the selection (rows, or every message of the open folder)
 * and what is done to it, mark, flag, delete, move (the menu or a drop on the tree), to-do, spam
 * and tags. Rows of a search or tag list may lie in several folders: each action goes to each
 * folder with that folder's rows.
 */
@Model
@ViewScoped
public class MailToolbar implements Serializable {

  /**
   * What one action does to rows {@code uids} (also as {@code list}) of folder {@code folderId}.
   */
  @FunctionalInterface
  interface FolderAction {
    void apply(long folderId, UidSet uids, List<Long> list);
  }

  private static final long serialVersionUID = 1L;

  @Inject MailView view;
  @Inject MailActions actions;
  @Inject TagService tagService;
  @Inject Actor actor;

  private List<MailRow> selected = new ArrayList<>();
  private boolean allInFolder;
  private Long target;
  private Long tagTarget;

  public void markRead() {
    apply(
        (f, uids, list) -> actions.mark(actor, f, uids, Flag.SEEN, true), "webmail.mail.done.read");
  }

  public void markUnread() {
    apply(
        (f, uids, list) -> actions.mark(actor, f, uids, Flag.SEEN, false),
        "webmail.mail.done.unread");
  }

  public void flag() {
    apply(
        (f, uids, list) -> actions.mark(actor, f, uids, Flag.FLAGGED, true),
        "webmail.mail.done.flag");
  }

  public void unflag() {
    apply(
        (f, uids, list) -> actions.mark(actor, f, uids, Flag.FLAGGED, false),
        "webmail.mail.done.unflag");
  }

  public void delete() {
    apply((f, uids, list) -> actions.delete(actor, f, uids), "webmail.mail.done.delete");
  }

  public void todo() {
    moveTo(SpecialUse.TODO);
  }

  public void done() {
    moveTo(SpecialUse.DONE);
  }

  public void spam() {
    moveTo(SpecialUse.JUNK);
  }

  public void notSpam() {
    moveTo(SpecialUse.INBOX);
  }

  /** Moves the selection to the folder picked in the toolbar. */
  public void move() {
    if (target != null) {
      long to = target;
      apply((f, uids, list) -> actions.move(actor, f, uids, to), "webmail.mail.done.move");
    }
  }

  /** Puts the tag picked in the toolbar on the selected messages (D7). */
  public void tag() {
    tagging(true);
  }

  /** Takes the tag picked in the toolbar off the selected messages. */
  public void untag() {
    tagging(false);
  }

  // Tags go on chosen rows only: "all in folder" would tag mail the user never saw.
  private void tagging(boolean on) {
    if (tagTarget == null) {
      Messages.error("webmail.mail.tag.none");
      return;
    }
    if (allInFolder) {
      Messages.error("webmail.mail.tag.rows");
      return;
    }
    long tagId = tagTarget;
    apply(
        (f, uids, list) -> {
          if (on) {
            tagService.tag(actor, tagId, f, list);
          } else {
            tagService.untag(actor, tagId, f, list);
          }
        },
        on ? "webmail.mail.done.tag" : "webmail.mail.done.untag");
  }

  /**
   * A row dropped on a folder of the tree (its {@code folderId} attribute): moves the row, or the
   * selection it belongs to, there.
   */
  public void drop(DragDropEvent<MailRow> event) {
    long to = ((Number) event.getComponent().getAttributes().get("folderId")).longValue();
    MailRow dragged = event.getData();
    if (dragged != null && selected.stream().noneMatch(r -> r.getKey().equals(dragged.getKey()))) {
      selected = new ArrayList<>(List.of(dragged));
      allInFolder = false;
    }
    apply((f, uids, list) -> actions.move(actor, f, uids, to), "webmail.mail.done.move");
  }

  private void moveTo(SpecialUse use) {
    apply((f, uids, list) -> actions.moveTo(actor, f, uids, use), "webmail.mail.done.move");
  }

  private void apply(FolderAction action, String doneKey) {
    boolean whole = allInFolder && !view.isSearching();
    if (!whole && selected.isEmpty()) {
      Messages.error("webmail.mail.none");
      return;
    }
    try {
      if (whole) {
        action.apply(view.getFolderId(), UidSet.ALL, List.of());
      } else {
        byFolder()
            .forEach(
                (f, list) ->
                    action.apply(
                        f, UidSet.of(list.stream().mapToLong(Long::longValue).toArray()), list));
      }
      FolderSummary current = view.currentFolder();
      Messages.info(doneKey, whole && current != null ? current.messageCount() : selected.size());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    clearSelection();
    view.refresh();
  }

  private Map<Long, List<Long>> byFolder() {
    Map<Long, List<Long>> uids = new LinkedHashMap<>();
    selected.forEach(
        r -> uids.computeIfAbsent(r.getFolderId(), f -> new ArrayList<>()).add(r.getUid()));
    return uids;
  }

  /** Forgets the selection (another folder, tag or search shown). */
  public void clearSelection() {
    selected = new ArrayList<>();
    allInFolder = false;
  }

  public List<MailRow> getSelected() {
    return selected;
  }

  public void setSelected(List<MailRow> selected) {
    this.selected = new ArrayList<>();
    if (selected != null) {
      selected.stream().filter(Objects::nonNull).forEach(this.selected::add);
    }
  }

  /** "Select all N in this folder". */
  public String getAllLabel() {
    FolderSummary current = view.currentFolder();
    return Messages.text("webmail.mail.all", current == null ? 0 : current.messageCount());
  }

  public boolean isAllInFolder() {
    return allInFolder;
  }

  public void setAllInFolder(boolean allInFolder) {
    this.allInFolder = allInFolder;
  }

  public Long getTagTarget() {
    return tagTarget;
  }

  public void setTagTarget(Long tagTarget) {
    this.tagTarget = tagTarget;
  }

  public Long getTarget() {
    return target;
  }

  public void setTarget(Long target) {
    this.target = target;
  }
}
