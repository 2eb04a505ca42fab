package org.jadepost.mailbox.entity;

/** What became of one attempt to open a password-protected folder (FEATURES N1). */
public enum UnlockOutcome {
  /** The password was right; the folder opened. */
  OPENED,
  /** The password was wrong. */
  WRONG,
  /** The password was wrong and this attempt locked the folder for a while. */
  LOCKED,
  /** The folder was locked; the password was not even checked. */
  REFUSED;

  /** Whether the attempt gave a wrong password (and so counts towards a lock). */
  public boolean isWrong() {
    return this == WRONG || this == LOCKED;
  }
}
