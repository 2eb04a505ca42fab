package org.jadepost.adapter.api.imap;

import java.util.Objects;

/**
 * The one failure an {@link ImapListener} method declares: the adapter answers the command with a
 * tagged {@code NO [code] text} (RFC 3501 §7.1) and the session goes on. Any other exception
 * becomes {@code NO [SERVERBUG]} with a generic text; no stack trace or exception text ever reaches
 * the client.
 *
 * <p>It is a checked exception declared on the listener methods, so the EJB container hands it to
 * the adapter unchanged (an application exception, EJB 4.0 §9.1.1). It does not roll back the
 * transaction by itself: an implementation throws it before changing anything, or declares it
 * {@code <application-exception>} with {@code <rollback>true</rollback>} in {@code ejb-jar.xml}.
 */
public class ImapException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The response code. */
  private final ImapResponseCode code;

  /**
   * A failure answered with {@code NO [code] text}.
   *
   * @param code the response code, {@link ImapResponseCode#NONE} for none
   * @param text human-readable text without CR or LF, in English; the adapter may replace it by its
   *     own bilingual text for the code
   */
  public ImapException(ImapResponseCode code, String text) {
    super(Objects.requireNonNull(text, "text"));
    if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("text contains a line break");
    }
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The response code to send. */
  public ImapResponseCode code() {
    return code;
  }

  /** The text to send after the code. */
  public String text() {
    return getMessage();
  }
}
