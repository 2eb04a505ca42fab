package org.jadepost.adapter.api.client;

import java.io.Serializable;

/**
 * A reply a remote server gave: its code and its text (lines of a multi-line reply joined by a
 * space), kept verbatim for delivery status and DSNs.
 *
 * @param code the three-digit reply code
 * @param text the reply text without the code
 */
public record SmtpClientReply(int code, String text) implements Serializable {

  public boolean isPositive() {
    return code >= 200 && code < 400;
  }

  public boolean isTransient() {
    return code >= 400 && code < 500;
  }

  public boolean isPermanent() {
    return code >= 500;
  }

  @Override
  public String toString() {
    return code + " " + text;
  }
}
