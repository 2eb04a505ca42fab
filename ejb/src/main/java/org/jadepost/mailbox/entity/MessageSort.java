package org.jadepost.mailbox.entity;

/**
 * The orders a folder list can be read in (webmail, D1). Each is a keyset order over an index of
 * its own (V10): the column, then the message id to break ties, so a page deep in a large folder
 * costs what the first one does. Subjects sort by their first 100 characters (then by id). Sender
 * and subject may be missing; those messages come first ascending and last descending, as if empty.
 */
public enum MessageSort {
  DATE("m.internalDate", false),
  SENDER("m.fromAddress", true),
  SUBJECT("m.subjectSort", true),
  SIZE("m.sizeBytes", false);

  private final String column;
  private final boolean nullable;

  MessageSort(String column, boolean nullable) {
    this.column = column;
    this.nullable = nullable;
  }

  /** The JPQL path the order sorts by. */
  public String column() {
    return column;
  }

  /** Whether messages may lack the value (sorted as a run of their own). */
  public boolean nullable() {
    return nullable;
  }
}
