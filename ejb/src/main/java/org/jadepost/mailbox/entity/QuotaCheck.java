package org.jadepost.mailbox.entity;

/** How a message of a given size stands against a mailbox's and its domain's quota (T8). */
public enum QuotaCheck {
  FITS,
  /** Would fit once mail is deleted: a temporary refusal (452 4.2.2). */
  FULL,
  /** Larger than the quota itself: a permanent refusal (552 5.2.2). */
  NEVER_FITS
}
