package org.jadepost.web.webmail.mail;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailActions;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.boundary.SearchService;
import org.jadepost.mailbox.boundary.TagService;
import org.jadepost.mailbox.boundary.WebmailSettingsService;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MailSearch;
import org.jadepost.mailbox.entity.MessageSummary;
import org.jadepost.mailbox.entity.SearchHit;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.TagSummary;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.mailbox.entity.WebmailPreferences;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.webmail.folders.UnlockedFolders;
import org.jadepost.web.webmail.shell.ShellView;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.event.DragDropEvent;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /webmail/index.xhtml}, the main mail screen: the folder tree with unread counts, the
 * lazy message list of the open folder, the selection (rows, or every message of the folder) and
 * what the toolbar does to it. The reading pane is {@link ReadingView}.
 */
@Named
@ViewScoped
public class MailView implements Serializable {

  private static final long serialVersionUID = 1L;

  // System folders in their fixed order (Inbox first), then the user's own by path.
  private static final Comparator<FolderSummary> TREE_ORDER =
      ShellView.SYSTEM_FIRST.thenComparing(FolderSummary::path);

  @Inject MailboxService mailboxService;
  @Inject MailReader reader;
  @Inject MailActions actions;
  @Inject Actor actor;
  @Inject WebmailSettingsService settings;
  @Inject UnlockedFolders unlocked;
  @Inject SearchService search;
  @Inject TagService tagService;

  private WebmailPreferences preferences = WebmailPreferences.DEFAULTS;
  private List<FolderSummary> folders = List.of();
  private Long requested;
  private long folderId;
  private LazyDataModel<MessageSummary> model;
  private String query;
  private boolean searching;
  private List<MessageSummary> selected = new ArrayList<>();
  private boolean allInFolder;
  private Long target;
  private List<TagSummary> tags = List.of();
  private Long tagTarget;

  @PostConstruct
  void init() {
    preferences = settings.get(actor);
    loadFolders();
    folderId =
        folders.stream()
            .filter(f -> f.specialUse() == SpecialUse.INBOX)
            .findFirst()
            .map(FolderSummary::id)
            .orElse(0L);
  }

  /**
   * Opens the folder asked for in the URL ({@code ?folder=id}, where the unlock page returns), or
   * the Inbox (f:viewAction); a folder with a password not yet given this session sends the user to
   * the unlock page first (N1).
   */
  public String start() {
    if (requested != null && folders.stream().anyMatch(f -> f.id() == requested)) {
      folderId = requested;
    }
    if (!unlocked.mayOpen(actor, folderId)) {
      return "/webmail/unlock?faces-redirect=true&folder=" + folderId;
    }
    model = newModel();
    return null;
  }

  /** Opens folder {@code id} from the tree, or its unlock page when it has a password (N1). */
  public void open(long id) {
    if (!unlocked.mayOpen(actor, id)) {
      Faces.redirect("webmail/unlock.xhtml?folder=" + id);
      return;
    }
    folderId = id;
    loadFolders();
    clearSelection();
    model = newModel();
  }

  /**
   * Searches the open folder for the words in the search box (D8: subject, sender, recipients,
   * body, attachment names; Chinese anywhere) and lists the hits in place of the folder.
   */
  public void search() {
    if (query == null || query.isBlank()) {
      clearSearch();
      return;
    }
    clearSelection();
    try {
      List<MessageSummary> hits =
          search
              .search(
                  actor,
                  new MailSearch(query, null, null, null, null, null, null, folderId, null),
                  SearchService.MAX_HITS)
              .stream()
              .map(SearchHit::message)
              .toList();
      model = new SearchListModel(hits);
      searching = true;
      Messages.info("webmail.mail.search.found", hits.size());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Back from the hits to the whole folder. */
  public void clearSearch() {
    query = null;
    searching = false;
    clearSelection();
    model = newModel();
  }

  /** Reloads counts and the list (the refresh button and new-mail pushes). */
  public void refresh() {
    loadFolders();
    if (searching) {
      search();
    } else {
      model = newModel();
    }
  }

  public void markRead() {
    apply(uids -> actions.mark(actor, folderId, uids, Flag.SEEN, true), "webmail.mail.done.read");
  }

  public void markUnread() {
    apply(
        uids -> actions.mark(actor, folderId, uids, Flag.SEEN, false), "webmail.mail.done.unread");
  }

  public void flag() {
    apply(
        uids -> actions.mark(actor, folderId, uids, Flag.FLAGGED, true), "webmail.mail.done.flag");
  }

  public void unflag() {
    apply(
        uids -> actions.mark(actor, folderId, uids, Flag.FLAGGED, false),
        "webmail.mail.done.unflag");
  }

  public void delete() {
    apply(uids -> actions.delete(actor, folderId, uids), "webmail.mail.done.delete");
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
      apply(uids -> actions.move(actor, folderId, uids, to), "webmail.mail.done.move");
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
    List<Long> uids = selected.stream().map(MessageSummary::uid).toList();
    apply(
        ignored -> {
          if (on) {
            tagService.tag(actor, tagId, folderId, uids);
          } else {
            tagService.untag(actor, tagId, folderId, uids);
          }
        },
        on ? "webmail.mail.done.tag" : "webmail.mail.done.untag");
  }

  /** Reloads the folder counts after the reading pane marked a message read. */
  public void countsChanged() {
    loadFolders();
  }

  /**
   * A row dropped on a folder of the tree (its {@code folderId} attribute): moves the row, or the
   * selection it belongs to, there.
   */
  public void drop(DragDropEvent<MessageSummary> event) {
    long to = ((Number) event.getComponent().getAttributes().get("folderId")).longValue();
    MessageSummary dragged = event.getData();
    if (dragged != null && selected.stream().noneMatch(m -> m.uid() == dragged.uid())) {
      selected = new ArrayList<>(List.of(dragged));
      allInFolder = false;
    }
    apply(uids -> actions.move(actor, folderId, uids, to), "webmail.mail.done.move");
  }

  private void moveTo(SpecialUse use) {
    apply(uids -> actions.moveTo(actor, folderId, uids, use), "webmail.mail.done.move");
  }

  private void apply(Consumer<UidSet> action, String doneKey) {
    if (!allInFolder && selected.isEmpty()) {
      Messages.error("webmail.mail.none");
      return;
    }
    try {
      action.accept(chosen());
      Messages.info(doneKey, allInFolder ? currentFolder().messageCount() : selected.size());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    clearSelection();
    refresh();
  }

  private UidSet chosen() {
    return allInFolder
        ? UidSet.ALL
        : UidSet.of(selected.stream().mapToLong(MessageSummary::uid).toArray());
  }

  private void clearSelection() {
    selected = new ArrayList<>();
    allInFolder = false;
  }

  private void loadFolders() {
    folders = mailboxService.folders(actor).stream().sorted(TREE_ORDER).toList();
    tags = tagService.tags(actor);
  }

  private MessageListModel newModel() {
    return new MessageListModel(reader, actor, folderId, currentFolder().messageCount());
  }

  /** The open folder. */
  public FolderSummary currentFolder() {
    return folders.stream()
        .filter(f -> f.id() == folderId)
        .findFirst()
        .orElseGet(() -> folders.isEmpty() ? null : folders.get(0));
  }

  /** Whether {@code use} is the open folder's special use (to show "not spam" in Spam). */
  public boolean in(String use) {
    FolderSummary current = currentFolder();
    return current != null && current.specialUse() == SpecialUse.valueOf(use);
  }

  /** The user the new-mail socket is registered for: the signed-in address. */
  public String getSocketUser() {
    return NewMailPush.user(actor.login());
  }

  public List<FolderSummary> getFolders() {
    return folders;
  }

  public long getFolderId() {
    return folderId;
  }

  public LazyDataModel<MessageSummary> getModel() {
    return model;
  }

  /** Messages per page: the user's setting (L1). */
  public int getPageSize() {
    return preferences.pageSize() == null ? 20 : preferences.pageSize();
  }

  /** Whether the list shows the size column: the user's setting (L2). */
  public boolean isSizeColumn() {
    return !Boolean.FALSE.equals(preferences.showSizeColumn());
  }

  public Long getRequested() {
    return requested;
  }

  public void setRequested(Long requested) {
    this.requested = requested;
  }

  public List<MessageSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<MessageSummary> selected) {
    this.selected = new ArrayList<>();
    if (selected != null) {
      selected.stream().filter(java.util.Objects::nonNull).forEach(this.selected::add);
    }
  }

  /** "Select all N in this folder". */
  public String getAllLabel() {
    FolderSummary current = currentFolder();
    return Messages.text("webmail.mail.all", current == null ? 0 : current.messageCount());
  }

  public boolean isAllInFolder() {
    return allInFolder;
  }

  public void setAllInFolder(boolean allInFolder) {
    this.allInFolder = allInFolder;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  /** Whether the list shows search hits instead of the whole folder. */
  public boolean isSearching() {
    return searching;
  }

  /** The user's tags, for the toolbar and the tree. */
  public List<TagSummary> getTags() {
    return tags;
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
