package org.jadepost.mailauth.entity;

/** What the MX path does with a message after DMARC. */
public enum DmarcDisposition {
  /** Deliver to the inbox. */
  ACCEPT,
  /** Deliver to the Spam folder. */
  QUARANTINE,
  /** Answer 550 5.7.1 to the end of DATA. */
  REJECT
}
