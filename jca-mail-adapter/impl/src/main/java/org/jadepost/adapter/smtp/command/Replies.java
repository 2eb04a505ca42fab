package org.jadepost.adapter.smtp.command;

import org.jadepost.adapter.api.SmtpReply;

/** The protocol-level replies the adapter itself sends, with RFC 3463 enhanced codes. */
public final class Replies {

  /** 500 5.5.2 unknown command. */
  public static final SmtpReply UNKNOWN_COMMAND =
      new SmtpReply(500, "5.5.2", "Syntax error, command unrecognized");

  /** 500 5.5.6 command line too long (RFC 5321 §4.5.3.1.4). */
  public static final SmtpReply LINE_TOO_LONG = new SmtpReply(500, "5.5.6", "Line too long");

  /** 501 5.5.4 bad arguments. */
  public static final SmtpReply BAD_ARGUMENTS =
      new SmtpReply(501, "5.5.4", "Syntax error in parameters or arguments");

  /** 503 5.5.1 bad sequence. */
  public static final SmtpReply BAD_SEQUENCE =
      new SmtpReply(503, "5.5.1", "Bad sequence of commands");

  /** 421 4.7.0 too many errors; the connection closes. */
  public static final SmtpReply TOO_MANY_ERRORS =
      new SmtpReply(421, "4.7.0", "Too many errors, closing connection");

  /** 421 4.4.2 idle timeout (RFC 5321 §4.5.3.2.7). */
  public static final SmtpReply TIMEOUT =
      new SmtpReply(421, "4.4.2", "Timeout exceeded, closing connection");

  /** 502 5.5.1 command not available here. */
  public static final SmtpReply NOT_AVAILABLE =
      new SmtpReply(502, "5.5.1", "Command not implemented");

  private Replies() {}
}
