package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.response.ReplyText;

/** A command that does not parse; the dispatcher answers it with a tagged {@code BAD}. */
public class DecodingException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient ReplyText key;

  /** A syntax error of kind {@code key}, with {@code detail} for the client. */
  public DecodingException(ReplyText key, String detail) {
    super(detail);
    this.key = key;
  }

  /** The kind of error. */
  public ReplyText key() {
    return key;
  }

  /** The text for the client: the key's text and the detail. */
  public String text() {
    return getMessage() == null || getMessage().isEmpty()
        ? key.text()
        : key.text() + ": " + getMessage();
  }
}
