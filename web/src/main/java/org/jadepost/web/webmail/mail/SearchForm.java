package org.jadepost.web.webmail.mail;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jadepost.mailbox.entity.MailSearch;

/**
 * What the search box and the "advanced search" panel of the mail screen hold (D8): words anywhere,
 * sender, recipient, subject, attachment name, a date range (whole days in our zone, both ends
 * included), where to search (the open folder, all folders or one chosen folder) and a tag.
 */
public class SearchForm implements Serializable {

  /** The scope value for "the open folder". */
  public static final String OPEN_FOLDER = "open";

  /** The scope value for "all folders". */
  public static final String ALL_FOLDERS = "all";

  private static final long serialVersionUID = 1L;

  private String query;
  private String from;
  private String to;
  private String subject;
  private String attachment;
  private LocalDate after;
  private LocalDate before;
  private String scope = OPEN_FOLDER;
  private Long tagId;

  /**
   * The search to run when folder {@code openFolder} is open; {@code keyword} is the IMAP keyword
   * of the chosen tag, if any.
   */
  MailSearch toSearch(long openFolder, Optional<String> keyword) {
    return criteria(folder(openFolder), keyword.orElse(null));
  }

  private MailSearch criteria(Long folder, String keyword) {
    return new MailSearch(
        query,
        from,
        to,
        subject,
        attachment,
        after == null ? null : startOf(after),
        before == null ? null : startOf(before.plusDays(1)),
        folder,
        keyword);
  }

  /** Whether the hits may lie in several folders, so the list shows a folder column. */
  public boolean isAcrossFolders() {
    return ALL_FOLDERS.equals(scope);
  }

  /** Whether no criterion is given (where to search alone is none). */
  boolean isBlank() {
    return tagId == null && criteria(null, null).isEmpty();
  }

  /** Forgets every criterion. */
  void clear() {
    query = null;
    from = null;
    to = null;
    subject = null;
    attachment = null;
    after = null;
    before = null;
    scope = OPEN_FOLDER;
    tagId = null;
  }

  private Long folder(long openFolder) {
    if (isAcrossFolders()) {
      return null;
    }
    if (scope == null || OPEN_FOLDER.equals(scope)) {
      return openFolder;
    }
    try {
      return Long.valueOf(scope);
    } catch (NumberFormatException e) {
      return openFolder;
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(MailFormat.ZONE).toInstant();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getAttachment() {
    return attachment;
  }

  public void setAttachment(String attachment) {
    this.attachment = attachment;
  }

  public LocalDate getAfter() {
    return after;
  }

  public void setAfter(LocalDate after) {
    this.after = after;
  }

  public LocalDate getBefore() {
    return before;
  }

  public void setBefore(LocalDate before) {
    this.before = before;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope == null || scope.isBlank() ? OPEN_FOLDER : scope;
  }

  public Long getTagId() {
    return tagId;
  }

  public void setTagId(Long tagId) {
    this.tagId = tagId;
  }
}
