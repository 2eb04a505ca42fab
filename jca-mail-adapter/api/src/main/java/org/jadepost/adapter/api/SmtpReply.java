package org.jadepost.adapter.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One SMTP reply line: a three-digit code (RFC 5321 §4.2), an enhanced status code (RFC 3463) and
 * human-readable text. Immutable and checked, so a listener cannot forge extra reply lines.
 *
 * @param code the reply code, 200 to 599
 * @param enhancedStatus the enhanced status code such as {@code 2.1.0}; its class matches the
 *     code's first digit
 * @param text the text, without CR or LF
 */
public record SmtpReply(int code, String enhancedStatus, String text) implements Serializable {

  private static final Pattern ENHANCED = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");

  /** 250 2.0.0 OK. */
  public static final SmtpReply OK = new SmtpReply(250, "2.0.0", "OK");

  /** 250 2.1.0 sender accepted (RFC 3463 X.1.0 "other address status"). */
  public static final SmtpReply SENDER_OK = new SmtpReply(250, "2.1.0", "Sender OK");

  /** 250 2.1.5 recipient accepted (RFC 3463 X.1.5 "destination address valid"). */
  public static final SmtpReply RECIPIENT_OK = new SmtpReply(250, "2.1.5", "Recipient OK");

  /** 250 2.6.0 message accepted. */
  public static final SmtpReply MESSAGE_ACCEPTED = new SmtpReply(250, "2.6.0", "Message accepted");

  /** 550 5.1.1 no such mailbox (RFC 3463 X.1.1). */
  public static final SmtpReply NO_SUCH_USER = new SmtpReply(550, "5.1.1", "No such user");

  /** 550 5.7.1 relaying denied (RFC 3463 X.7.1). */
  public static final SmtpReply RELAY_DENIED = new SmtpReply(550, "5.7.1", "Relaying denied");

  /** 535 5.7.8 authentication credentials invalid (RFC 4954 §6). */
  public static final SmtpReply AUTH_FAILED =
      new SmtpReply(535, "5.7.8", "Authentication credentials invalid");

  /** 451 4.3.0 local error; the client retries later. */
  public static final SmtpReply LOCAL_ERROR =
      new SmtpReply(451, "4.3.0", "Local error in processing, try again later");

  /** Checks the values. */
  public SmtpReply {
    if (code < 200 || code > 599) {
      throw new IllegalArgumentException("reply code must be 200..599: " + code);
    }
    Objects.requireNonNull(enhancedStatus, "enhancedStatus");
    Objects.requireNonNull(text, "text");
    if (!ENHANCED.matcher(enhancedStatus).matches()
        || enhancedStatus.charAt(0) != Integer.toString(code).charAt(0)) {
      throw new IllegalArgumentException(
          "enhanced status does not fit " + code + ": " + enhancedStatus);
    }
    if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("reply text contains a line break");
    }
  }

  /** The greeting {@code 220 <host> ...}; the greeting carries no enhanced code on the wire. */
  public static SmtpReply serviceReady(String text) {
    return new SmtpReply(220, "2.0.0", text);
  }

  /** Whether the code is 2xx. */
  public boolean isPositive() {
    return code < 300;
  }

  /** Whether the code is 4xx. */
  public boolean isTransient() {
    return code >= 400 && code < 500;
  }
}
