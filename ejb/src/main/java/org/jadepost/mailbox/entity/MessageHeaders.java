package org.jadepost.mailbox.entity;

import java.time.Instant;
import java.util.Locale;

/**
 * The header facts the store keeps per message for lists and search, already decoded (RFC 2047
 * encoded words become Unicode) and cut to the column sizes.
 *
 * @param subject the decoded Subject
 * @param fromAddress the first From address
 * @param fromName the first From display name
 * @param toAddresses the To addresses, comma-separated
 * @param sentDate the Date header, if it parses
 * @param messageId the Message-ID
 * @param contentType the top-level Content-Type as written, or {@code null}
 */
public record MessageHeaders(
    String subject,
    String fromAddress,
    String fromName,
    String toAddresses,
    Instant sentDate,
    String messageId,
    String contentType) {

  /** Whether the top-level type is multipart/mixed (attachments likely). */
  public boolean multipartMixed() {
    return contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/mixed");
  }
}
