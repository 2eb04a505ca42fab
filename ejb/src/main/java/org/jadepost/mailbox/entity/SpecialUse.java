package org.jadepost.mailbox.entity;

/**
 * The system folders every mailbox has (FEATURES D3, D4), with their IMAP names and, where RFC 6154
 * defines one, the SPECIAL-USE attribute clients use to recognise them.
 */
public enum SpecialUse {
  INBOX("INBOX", null),
  DRAFTS("Drafts", "\\Drafts"),
  SENT("Sent", "\\Sent"),
  TRASH("Deleted", "\\Trash"),
  JUNK("Spam", "\\Junk"),
  TODO("To-do", null),
  DONE("Done", null);

  private final String path;
  private final String attribute;

  SpecialUse(String path, String attribute) {
    this.path = path;
    this.attribute = attribute;
  }

  /** The folder's name in IMAP and in the store. */
  public String path() {
    return path;
  }

  /** The RFC 6154 attribute, or {@code null}. */
  public String attribute() {
    return attribute;
  }
}
