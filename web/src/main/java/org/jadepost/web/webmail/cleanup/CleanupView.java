package org.jadepost.web.webmail.cleanup;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.CleanupService;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.CleanupQuery;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MessageRef;
import org.jadepost.mailbox.entity.TaggedMessage;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Actions;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/cleanup.xhtml}: the scan form (folders, received between two days, size in
 * KB, subject), the matching mail with check boxes, and deleting the checked ones to Deleted.
 */
@Model
@ViewScoped
public class CleanupView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long KB = 1024;

  @Inject CleanupService cleanup;
  @Inject MailboxService mailboxService;
  @Inject Actor actor;

  private List<FolderSummary> folders;
  private List<Long> folderIds = List.of();
  private LocalDate from;
  private LocalDate to;
  private Long minKb;
  private Long maxKb;
  private String subject;
  private List<TaggedMessage> results;
  private List<TaggedMessage> selected = List.of();

  /** Loads the folders (f:viewAction). */
  public void load() {
    folders = mailboxService.folders(actor);
  }

  /** Runs the scan. */
  public void scan() {
    try {
      results = cleanup.scan(actor, query());
      selected = List.of();
      Messages.info("webmail.org.cleanup.found", results.size());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Moves the checked mail to Deleted and scans again. */
  public void delete() {
    List<MessageRef> refs =
        selected.stream().map(m -> new MessageRef(m.folderId(), m.message().uid())).toList();
    if (refs.isEmpty()) {
      Messages.error("webmail.org.cleanup.none");
      return;
    }
    if (Actions.run(
        () -> cleanup.delete(actor, refs), "webmail.org.cleanup.deleted", refs.size())) {
      results = cleanup.scan(actor, query());
      selected = List.of();
      load();
    }
  }

  private CleanupQuery query() {
    Long min = minKb == null ? null : minKb * KB;
    Long max = maxKb == null ? null : maxKb * KB;
    return new CleanupQuery(folderIds, from, to, min, max, subject);
  }

  /** The row key of a result: folder and UID. */
  public String key(TaggedMessage message) {
    return message.folderId() + "-" + message.message().uid();
  }

  public int getMaxDelete() {
    return CleanupService.MAX_DELETE;
  }

  public List<FolderSummary> getFolders() {
    return folders;
  }

  public List<Long> getFolderIds() {
    return folderIds;
  }

  public void setFolderIds(List<Long> folderIds) {
    this.folderIds = folderIds;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getMinKb() {
    return minKb;
  }

  public void setMinKb(Long minKb) {
    this.minKb = minKb;
  }

  public Long getMaxKb() {
    return maxKb;
  }

  public void setMaxKb(Long maxKb) {
    this.maxKb = maxKb;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public List<TaggedMessage> getResults() {
    return results;
  }

  public List<TaggedMessage> getSelected() {
    return selected;
  }

  public void setSelected(List<TaggedMessage> selected) {
    this.selected = selected;
  }
}
