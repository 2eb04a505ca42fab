package org.jadepost.adapter.imap.request;

/** LOGIN user password (RFC 3501 §6.2.3). */
public record LoginRequest(String tag, String user, String password) implements ImapRequest {

  @Override
  public String command() {
    return "LOGIN";
  }

  @Override
  public String toString() {
    return "LoginRequest[" + tag + ", " + user + ", ***]";
  }
}
