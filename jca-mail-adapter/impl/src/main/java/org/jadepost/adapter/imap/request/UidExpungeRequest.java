package org.jadepost.adapter.imap.request;

/** UID EXPUNGE set (RFC 4315 §2.1). */
public record UidExpungeRequest(String tag, SequenceSet set) implements ImapRequest {

  @Override
  public String command() {
    return "UID EXPUNGE";
  }
}
