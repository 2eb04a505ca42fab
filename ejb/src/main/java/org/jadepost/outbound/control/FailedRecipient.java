package org.jadepost.outbound.control;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recipient that could not be reached, for a DSN.
 *
 * @param address the recipient
 * @param remoteHost the server that refused it, or {@code null}
 * @param reply the last reply or error
 * @param lastAttempt when it was last tried
 */
public record FailedRecipient(
    String address, String remoteHost, String reply, Instant lastAttempt) {

  private static final Pattern ENHANCED = Pattern.compile("\\b[245]\\.(\\d{1,3}\\.\\d{1,3})\\b");

  /** The RFC 3463 status of the reply as a permanent failure (5.x.x), else 5.0.0. */
  public String status() {
    String text = reply == null ? "" : reply.trim();
    Matcher m = ENHANCED.matcher(text);
    if (m.find()) {
      return "5." + m.group(1);
    }
    return "5.0.0";
  }
}
