package org.jadepost.web.webmail.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.boundary.TagService;
import org.jadepost.mailbox.boundary.WebmailSettingsService;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.TagSummary;
import org.jadepost.mailbox.entity.WebmailPreferences;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.webmail.folders.UnlockedFolders;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /webmail/index.xhtml}, the main mail screen: the folder tree with unread counts and
 * the user's tags, and what the list shows, a folder (lazy keyset pages), the hits of a search (D8)
 * or every message of a tag (D7), each bounded. Mail in a password-protected folder not unlocked
 * this session (N1) never appears in a search or tag list. The toolbar is {@link MailToolbar}, the
 * reading pane {@link ReadingView}.
 */
@Model
@ViewScoped
public class MailView implements Serializable {

  /** What the list shows. */
  public enum Listing {
    FOLDER,
    SEARCH,
    TAG
  }

  private static final long serialVersionUID = 1L;

  @Inject MailboxService mailboxService;
  @Inject MailReader reader;
  @Inject Actor actor;
  @Inject WebmailSettingsService settings;
  @Inject UnlockedFolders unlocked;
  @Inject MailLists lists;
  @Inject TagService tagService;
  @Inject MailToolbar toolbar;

  private WebmailPreferences preferences = WebmailPreferences.DEFAULTS;
  private final MailTree tree = new MailTree();
  private Long requested;
  private long folderId;
  private Listing listing = Listing.FOLDER;
  private Long tagId;
  private final SearchForm form = new SearchForm();
  private LazyDataModel<MailRow> model;

  @PostConstruct
  void init() {
    preferences = settings.get(actor);
    loadFolders();
    folderId = tree.inbox();
  }

  /**
   * Opens the folder asked for in the URL ({@code ?folder=id}, where the unlock page returns), or
   * the Inbox (f:viewAction); a folder with a password not yet given this session sends the user to
   * the unlock page first (N1).
   */
  public String start() {
    if (requested != null && tree.folder(requested).isPresent()) {
      folderId = requested;
    }
    if (!unlocked.mayOpen(actor, folderId)) {
      return "/webmail/unlock?faces-redirect=true&folder=" + folderId;
    }
    showFolder();
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
    showFolder();
  }

  /** Lists every message carrying tag {@code id}, across folders (D7 "list by tag"). */
  public void openTag(long id) {
    toolbar.clearSelection();
    tagId = id;
    listing = Listing.TAG;
    try {
      model = lists.tagged(id);
    } catch (BusinessException e) {
      Messages.error(e);
      showFolder();
    }
  }

  /**
   * Searches with what the box and the advanced panel hold (D8) and lists the hits in place of the
   * folder: in the open folder, a chosen one or all of them.
   */
  public void search() {
    if (form.isBlank()) {
      clearSearch();
      return;
    }
    Optional<String> keyword = tree.tag(form.getTagId()).map(TagSummary::keyword);
    try {
      SearchListModel hits = lists.hits(form.toSearch(folderId, keyword));
      toolbar.clearSelection();
      model = hits;
      listing = Listing.SEARCH;
      Messages.info(
          form.isAcrossFolders() ? "webmail.mail.search.found.all" : "webmail.mail.search.found",
          hits.count(Map.of()));
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Back from the hits or the tag to the whole open folder. */
  public void clearSearch() {
    form.clear();
    showFolder();
  }

  /** Reloads counts and the list (the refresh button, new-mail pushes, after an action). */
  public void refresh() {
    loadFolders();
    switch (listing) {
      case SEARCH -> search();
      case TAG -> openTag(tagId);
      default -> model = newModel();
    }
  }

  /** Reloads the folder counts after the reading pane marked a message read. */
  public void countsChanged() {
    loadFolders();
  }

  private void showFolder() {
    toolbar.clearSelection();
    listing = Listing.FOLDER;
    tagId = null;
    model = newModel();
  }

  private void loadFolders() {
    tree.load(mailboxService.folders(actor), tagService.tags(actor));
  }

  private MessageListModel newModel() {
    FolderSummary current = currentFolder();
    return new MessageListModel(
        reader, actor, folderId, current == null ? 0 : current.messageCount());
  }

  /** The open folder. */
  public FolderSummary currentFolder() {
    List<FolderSummary> folders = tree.getFolders();
    return tree.folder(folderId).orElseGet(() -> folders.isEmpty() ? null : folders.get(0));
  }

  /** Whether {@code use} is the open folder's special use (to show "not spam" in Spam). */
  public boolean in(String use) {
    FolderSummary current = currentFolder();
    return current != null && current.specialUse() == SpecialUse.valueOf(use);
  }

  /** Whether rows may lie in several folders: the list shows a folder column. */
  public boolean isAcrossFolders() {
    return listing == Listing.TAG || (listing == Listing.SEARCH && form.isAcrossFolders());
  }

  /** The tag whose messages are listed, for its caption. */
  public Optional<TagSummary> getListedTag() {
    return listing == Listing.TAG ? tree.tag(tagId) : Optional.empty();
  }

  /** The user the new-mail socket is registered for: the signed-in address. */
  public String getSocketUser() {
    return NewMailPush.user(actor.login());
  }

  /** The folders and tags of the tree. */
  public MailTree getTree() {
    return tree;
  }

  public long getFolderId() {
    return folderId;
  }

  public LazyDataModel<MailRow> getModel() {
    return model;
  }

  public Listing getListing() {
    return listing;
  }

  /** Whether the list shows a search or a tag instead of the open folder. */
  public boolean isSearching() {
    return listing != Listing.FOLDER;
  }

  public SearchForm getForm() {
    return form;
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

  public Long getTagId() {
    return tagId;
  }
}
