package org.jadepost.adapter.api.client;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The envelope of one outgoing transaction.
 *
 * @param reversePath the MAIL FROM address, empty for the null sender of a DSN
 * @param recipients the RCPT TO addresses, at least one
 * @param size the message size in bytes, declared as SIZE= when the server offers it
 * @param eightBit whether the content has bytes above 127 (BODY=8BITMIME when offered)
 */
public record SmtpClientEnvelope(
    String reversePath, List<String> recipients, long size, boolean eightBit)
    implements Serializable {

  public SmtpClientEnvelope {
    Objects.requireNonNull(reversePath, "reversePath");
    recipients = List.copyOf(recipients);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("no recipients");
    }
  }

  /** Whether any address is not ASCII and so needs SMTPUTF8 (RFC 6531 §3.4). */
  public boolean needsSmtpUtf8() {
    return !isAscii(reversePath) || recipients.stream().anyMatch(r -> !isAscii(r));
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 128);
  }
}
