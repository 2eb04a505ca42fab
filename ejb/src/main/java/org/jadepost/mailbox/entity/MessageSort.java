package org.jadepost.mailbox.entity;

/**
 * The orders a folder list can be read in (webmail, D1). Each is a keyset order: the column, then
 * the message id to break ties, so a page deep in a large folder costs what the first one does.
 */
public enum MessageSort {
  DATE("m.internalDate"),
  SENDER("COALESCE(m.fromAddress, '')"),
  SUBJECT("COALESCE(m.subject, '')"),
  SIZE("m.sizeBytes");

  private final String expression;

  MessageSort(String expression) {
    this.expression = expression;
  }

  /** The JPQL expression the order sorts by. */
  public String expression() {
    return expression;
  }
}
