package org.jadepost.mailbox.entity;

/**
 * Read model of a tag for the tags page, the list screen and REST.
 *
 * @param id the tag's id
 * @param name its name
 * @param colour its colour, {@code #rrggbb}
 * @param keyword the IMAP keyword that carries it
 * @param messageCount how many of the user's messages carry it
 */
public record TagSummary(long id, String name, String colour, String keyword, long messageCount) {

  /** The summary of {@code tag} carried by {@code messageCount} messages. */
  public static TagSummary of(MailTag tag, long messageCount) {
    return new TagSummary(
        tag.getId(), tag.getName(), tag.getColour(), tag.getKeyword(), messageCount);
  }
}
