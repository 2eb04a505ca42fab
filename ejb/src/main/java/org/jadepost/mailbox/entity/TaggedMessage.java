package org.jadepost.mailbox.entity;

/**
 * A message in a list that spans folders (list by tag): where it lies and its summary.
 *
 * @param folderId the folder holding it
 * @param folderPath that folder's full name
 * @param message the message
 */
public record TaggedMessage(long folderId, String folderPath, MessageSummary message) {

  /** The entry for {@code message}. */
  public static TaggedMessage of(MailMessage message) {
    MailFolder folder = message.getFolder();
    return new TaggedMessage(folder.getId(), folder.getPath(), MessageSummary.of(message));
  }
}
