package org.jadepost.adapter.pop3.command;

import org.jadepost.adapter.pop3.session.Pop3Response;

/**
 * The fixed replies of the POP3 server. Response codes in brackets are those of RFC 2449 §8 and RFC
 * 3206; the texts are English, as the protocol's are.
 */
public final class Replies {

  public static final Pop3Response UNKNOWN_COMMAND = Pop3Response.err("Unknown command");
  public static final Pop3Response WRONG_STATE =
      Pop3Response.err("Command not valid in this state");
  public static final Pop3Response LINE_TOO_LONG = Pop3Response.err("Line too long");
  public static final Pop3Response BAD_ARGUMENTS = Pop3Response.err("Invalid arguments");
  public static final Pop3Response NO_SUCH_MESSAGE = Pop3Response.err("No such message");
  public static final Pop3Response ALREADY_DELETED =
      Pop3Response.err("Message is deleted in this session");
  public static final Pop3Response MESSAGE_GONE =
      Pop3Response.err("Message was removed from the mailbox meanwhile");
  public static final Pop3Response TEMPORARY_FAILURE =
      Pop3Response.err("[SYS/TEMP] Temporary server failure, try again later");
  public static final Pop3Response TLS_REQUIRED =
      Pop3Response.err(
          "[AUTH] Plaintext authentication disallowed on non-secure connections, use STLS");
  public static final Pop3Response AUTH_FAILED = Pop3Response.err("[AUTH] Authentication failed");
  public static final Pop3Response LOCKED =
      Pop3Response.err("[AUTH] Too many failed logins, try again in a few minutes");
  public static final Pop3Response TOO_MANY_CONNECTIONS =
      Pop3Response.err("[SYS/TEMP] Too many connections from your address, try again later")
          .thenClose();
  public static final Pop3Response TOO_MANY_ERRORS =
      Pop3Response.err("Too many invalid commands, closing connection").thenClose();
  public static final Pop3Response IDLE_TIMEOUT =
      Pop3Response.err("Autologout; idle for too long").thenClose();

  private Replies() {}
}
