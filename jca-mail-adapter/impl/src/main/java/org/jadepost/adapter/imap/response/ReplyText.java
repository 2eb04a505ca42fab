package org.jadepost.adapter.imap.response;

/** The texts the adapter itself sends in tagged and untagged status responses. */
public enum ReplyText {
  /** Greeting. */
  GREETING("Jadepost IMAP ready"),
  /** Generic success. */
  COMPLETED("completed"),
  /** An unknown command. */
  UNKNOWN_COMMAND("Unknown command"),
  /** A command in the wrong session state. */
  WRONG_STATE("Command not valid in this state"),
  /** A syntax error. */
  SYNTAX("Syntax error"),
  /** An over-long line. */
  LINE_TOO_LONG("Line too long"),
  /** A string that is not valid UTF-8. */
  INVALID_UTF8("Invalid UTF-8"),
  /** A bad sequence set. */
  BAD_SEQUENCE("Invalid message sequence set"),
  /** A literal over the limit. */
  TOO_BIG("Literal too large"),
  /** LOGIN before TLS. */
  LOGIN_DISABLED("Use STARTTLS first"),
  /** Wrong credentials. */
  AUTHENTICATION_FAILED("Authentication failed"),
  /** Internal error. */
  SERVER_BUG("Internal error, try again later"),
  /** Logout. */
  LOGOUT("Jadepost IMAP logging out"),
  /** Idle timeout. */
  AUTOLOGOUT("Autologout; idle for too long"),
  /** Too many connections. */
  TOO_MANY_CONNECTIONS("Too many connections from your address"),
  /** Continuation for literals. */
  READY("Ready for literal data"),
  /** Continuation for IDLE. */
  IDLING("idling"),
  /** The folder vanished while selected. */
  FOLDER_GONE("The selected folder was deleted or recreated"),
  /** STARTTLS. */
  BEGIN_TLS("Begin TLS negotiation now"),
  /** STARTTLS when it is not offered. */
  TLS_UNAVAILABLE("TLS is not available here"),
  /** Unsupported SASL mechanism. */
  MECHANISM("Unsupported authentication mechanism"),
  /** The client cancelled AUTHENTICATE. */
  AUTH_CANCELLED("Authentication cancelled"),
  /** Read-only folder. */
  READ_ONLY("The folder is read-only"),
  /** A QRESYNC parameter or VANISHED modifier without ENABLE QRESYNC (RFC 7162 §3.2.5). */
  QRESYNC_NOT_ENABLED("ENABLE QRESYNC first"),
  /** SELECT closed the folder selected before (RFC 7162 §3.2.11). */
  FOLDER_CLOSED("Previous folder closed");

  private final String english;

  ReplyText(String english) {
    this.english = english;
  }

  /** The text sent to clients (IMAP has no language negotiation here, RFC 5255 is not offered). */
  public String text() {
    return english;
  }
}
