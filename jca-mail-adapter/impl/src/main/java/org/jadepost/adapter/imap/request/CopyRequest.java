package org.jadepost.adapter.imap.request;

/** COPY, MOVE and their UID forms (RFC 3501 §6.4.7, RFC 6851). */
public record CopyRequest(String tag, boolean uid, boolean move, SequenceSet set, String mailbox)
    implements ImapRequest {

  @Override
  public String command() {
    return (uid ? "UID " : "") + (move ? "MOVE" : "COPY");
  }
}
