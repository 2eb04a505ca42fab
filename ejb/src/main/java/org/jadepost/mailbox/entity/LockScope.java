package org.jadepost.mailbox.entity;

import java.util.Optional;

/**
 * The seven folders a user can protect with a password (FEATURES N1, as the manual names them).
 * Each custom folder falls under {@link #MY_FOLDERS}; To-do and Done cannot be protected; {@link
 * #OTHER_MAILBOXES} is for the mail fetched from other mailboxes, which has no folder yet.
 */
public enum LockScope {
  INBOX,
  DRAFTS,
  SENT,
  DELETED,
  SPAM,
  MY_FOLDERS,
  OTHER_MAILBOXES;

  /** The scope a folder with special use {@code use} (null: a custom folder) falls under. */
  public static Optional<LockScope> of(SpecialUse use) {
    if (use == null) {
      return Optional.of(MY_FOLDERS);
    }
    return switch (use) {
      case INBOX -> Optional.of(INBOX);
      case DRAFTS -> Optional.of(DRAFTS);
      case SENT -> Optional.of(SENT);
      case TRASH -> Optional.of(DELETED);
      case JUNK -> Optional.of(SPAM);
      case TODO, DONE -> Optional.empty();
    };
  }
}
