package org.jadepost.adapter.api.imap;

/**
 * What the application says about a folder in {@link ImapFolder}. The adapter derives {@code
 * \HasChildren} and {@code \HasNoChildren} (RFC 3348) from the folder names itself.
 */
public enum ImapFolderAttribute {
  /** {@code \Noselect}: a hierarchy node that holds no messages (RFC 3501 §7.2.2). */
  NOSELECT("\\Noselect"),
  /** {@code \Noinferiors}: no child folder can be created under it. */
  NOINFERIORS("\\Noinferiors"),
  /** {@code \Subscribed} (RFC 5258): listed by LSUB. */
  SUBSCRIBED("\\Subscribed"),
  /** {@code \Marked}: new messages since the folder was last selected. */
  MARKED("\\Marked"),
  /** SPECIAL-USE {@code \All} (RFC 6154). */
  ALL("\\All"),
  /** SPECIAL-USE {@code \Archive}. */
  ARCHIVE("\\Archive"),
  /** SPECIAL-USE {@code \Drafts}. */
  DRAFTS("\\Drafts"),
  /** SPECIAL-USE {@code \Flagged}. */
  FLAGGED("\\Flagged"),
  /** SPECIAL-USE {@code \Junk}. */
  JUNK("\\Junk"),
  /** SPECIAL-USE {@code \Sent}. */
  SENT("\\Sent"),
  /** SPECIAL-USE {@code \Trash}. */
  TRASH("\\Trash");

  private final String atom;

  ImapFolderAttribute(String atom) {
    this.atom = atom;
  }

  /** The attribute as written in a LIST response. */
  public String atom() {
    return atom;
  }

  /** Whether this is one of the RFC 6154 special-use attributes. */
  public boolean specialUse() {
    return ordinal() >= ALL.ordinal();
  }
}
