package org.jadepost.adapter.imap.request;

/** RENAME existing new (RFC 3501 §6.3.5). */
public record RenameRequest(String tag, String mailbox, String newName) implements ImapRequest {

  @Override
  public String command() {
    return "RENAME";
  }
}
