package org.jadepost.web.webmail.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.jadepost.mailbox.entity.MessageSummary;

/**
 * A row of the message list: a message and the folder it lies in, so one list can show a folder, a
 * search across folders or every message of a tag, and the toolbar can act on each row where it is.
 * Its {@link #getKey() key} is unique across folders (a UID is unique only inside its folder).
 */
public final class MailRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long folderId;
  private final transient MessageSummary message;

  public MailRow(long folderId, MessageSummary message) {
    this.folderId = folderId;
    this.message = message;
  }

  /** The rows of {@code messages}, all in folder {@code folderId}. */
  static List<MailRow> of(long folderId, List<MessageSummary> messages) {
    return messages.stream().map(m -> new MailRow(folderId, m)).toList();
  }

  /** The row key of the list: folder and UID. */
  public String getKey() {
    return folderId + ":" + message.uid();
  }

  public long getFolderId() {
    return folderId;
  }

  public MessageSummary getMessage() {
    return message;
  }

  public long getUid() {
    return message.uid();
  }

  public String getSubject() {
    return message.subject();
  }

  public String getFromAddress() {
    return message.fromAddress();
  }

  public Instant getInternalDate() {
    return message.internalDate();
  }

  public long getSizeBytes() {
    return message.sizeBytes();
  }

  /** The message's IMAP keywords (its tags among them). */
  public List<String> getKeywords() {
    return message.keywords() == null ? List.of() : message.keywords();
  }
}
