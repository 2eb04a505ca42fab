package org.jadepost.web.webmail.mail;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.Keywords;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.TagSummary;
import org.jadepost.web.webmail.shell.ShellView;

/**
 * The tree of the mail screen as last loaded: the user's folders with their counts, system folders
 * first in their fixed order (Inbox first) and then his own by path, and his tags below them (D7).
 * Answers what the list needs to know about a folder or a tag by id.
 */
public class MailTree implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Comparator<FolderSummary> TREE_ORDER =
      ShellView.SYSTEM_FIRST.thenComparing(FolderSummary::path);

  private List<FolderSummary> folders = List.of();
  private List<TagSummary> tags = List.of();

  /** Replaces the tree with {@code folders} (any order) and {@code tags}. */
  void load(List<FolderSummary> folders, List<TagSummary> tags) {
    this.folders = folders.stream().sorted(TREE_ORDER).toList();
    this.tags = List.copyOf(tags);
  }

  /** The Inbox's id, or 0 when the mailbox has none. */
  long inbox() {
    return folders.stream()
        .filter(f -> f.specialUse() == SpecialUse.INBOX)
        .findFirst()
        .map(FolderSummary::id)
        .orElse(0L);
  }

  /** Folder {@code id}, if the user has it. */
  Optional<FolderSummary> folder(long id) {
    return folders.stream().filter(f -> f.id() == id).findFirst();
  }

  /** Tag {@code id}, if the user has it. */
  Optional<TagSummary> tag(Long id) {
    return tags.stream().filter(t -> id != null && t.id() == id).findFirst();
  }

  /** The folder {@code id} as the tree names it (the folder column of lists across folders). */
  public String name(long id, MailFormat format) {
    return folder(id).map(format::folder).orElse("");
  }

  /** The user's tags that row {@code row} carries, for its chips. */
  public List<TagSummary> tagsOf(MailRow row) {
    return tags.stream().filter(t -> Keywords.contains(row.getKeywords(), t.keyword())).toList();
  }

  public List<FolderSummary> getFolders() {
    return folders;
  }

  public List<TagSummary> getTags() {
    return tags;
  }
}
