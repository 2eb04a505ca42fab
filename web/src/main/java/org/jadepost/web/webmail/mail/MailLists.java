package org.jadepost.web.webmail.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.SearchService;
import org.jadepost.mailbox.boundary.TagService;
import org.jadepost.mailbox.entity.MailSearch;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.webmail.folders.UnlockedFolders;

/**
 * The lists of the mail screen that may span folders, each bounded by its boundary: the hits of a
 * search (at most {@link SearchService#MAX_HITS}) and the messages of a tag (at most {@link
 * TagService#MAX_LIST}). Rows of a folder with a password this session has not given (N1) are left
 * out, and the user is told how many.
 */
@Dependent
public class MailLists implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Actor actor;
  @Inject SearchService search;
  @Inject TagService tagService;
  @Inject UnlockedFolders unlocked;

  /** The list of search {@code criteria}. */
  SearchListModel hits(MailSearch criteria) {
    return visible(
        search.search(actor, criteria, SearchService.MAX_HITS).stream()
            .map(h -> new MailRow(h.folderId(), h.message()))
            .toList());
  }

  /** The list of the messages carrying tag {@code tagId}. */
  SearchListModel tagged(long tagId) {
    return visible(
        tagService.messages(actor, tagId).stream()
            .map(t -> new MailRow(t.folderId(), t.message()))
            .toList());
  }

  // Asks once per folder whether this session may see it.
  private SearchListModel visible(List<MailRow> rows) {
    Map<Long, Boolean> open = new HashMap<>();
    List<MailRow> shown =
        rows.stream()
            .filter(r -> open.computeIfAbsent(r.getFolderId(), f -> unlocked.mayOpen(actor, f)))
            .toList();
    if (shown.size() < rows.size()) {
      Messages.info("webmail.mail.locked.hidden", rows.size() - shown.size());
    }
    return new SearchListModel(shown);
  }
}
