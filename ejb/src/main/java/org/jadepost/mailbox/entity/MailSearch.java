package org.jadepost.mailbox.entity;

import java.time.Instant;

/**
 * What a user searches his mail for (D8). Every given criterion must hold; text criteria match
 * whole words, and Chinese text anywhere in a word. Blank or {@code null} criteria are ignored.
 *
 * @param text words anywhere: subject, sender, recipients, body, attachment names
 * @param from words of the sender's name or address
 * @param to words of a recipient (To, Cc)
 * @param subject words of the subject
 * @param attachment words of an attachment's file name
 * @param after received at or after (inclusive)
 * @param before received before (exclusive)
 * @param folderId only this folder
 * @param keyword only messages with this IMAP keyword (a tag)
 */
public record MailSearch(
    String text,
    String from,
    String to,
    String subject,
    String attachment,
    Instant after,
    Instant before,
    Long folderId,
    String keyword) {

  /** A search for {@code text} anywhere in every folder. */
  public static MailSearch anywhere(String text) {
    return new MailSearch(text, null, null, null, null, null, null, null, null);
  }

  /** Whether no criterion narrows the search. */
  public boolean isEmpty() {
    return blank(text)
        && blank(from)
        && blank(to)
        && blank(subject)
        && blank(attachment)
        && after == null
        && before == null
        && folderId == null
        && blank(keyword);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
