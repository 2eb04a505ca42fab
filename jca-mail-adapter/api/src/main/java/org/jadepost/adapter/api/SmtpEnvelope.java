package org.jadepost.adapter.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SMTP envelope of one mail transaction as far as it got (RFC 5321 §2.3.1). Immutable; the
 * adapter makes a new one for every accepted recipient.
 *
 * @param heloName the name the client gave in EHLO or HELO
 * @param reversePath the MAIL FROM address without angle brackets; empty for the null sender {@code
 *     <>} of bounces
 * @param recipients the recipients accepted so far, in order
 * @param authenticatedUser the identity from AUTH, or null
 * @param kind the listener the transaction arrived on
 * @param declaredSize the {@code SIZE=} parameter (RFC 1870), or -1 when absent
 * @param bodyType the {@code BODY=} parameter (RFC 6152)
 * @param smtpUtf8 whether the client gave {@code SMTPUTF8} (RFC 6531 §3.4)
 */
public record SmtpEnvelope(
    String heloName,
    String reversePath,
    List<String> recipients,
    String authenticatedUser,
    SmtpListenerKind kind,
    long declaredSize,
    SmtpBodyType bodyType,
    boolean smtpUtf8)
    implements Serializable {

  /** Checks the values and copies the recipients. */
  public SmtpEnvelope {
    Objects.requireNonNull(heloName, "heloName");
    Objects.requireNonNull(reversePath, "reversePath");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bodyType, "bodyType");
    recipients = List.copyOf(recipients);
  }

  /** This envelope with {@code recipient} appended. */
  public SmtpEnvelope withRecipient(String recipient) {
    List<String> more = new ArrayList<>(recipients);
    more.add(Objects.requireNonNull(recipient, "recipient"));
    return new SmtpEnvelope(
        heloName, reversePath, more, authenticatedUser, kind, declaredSize, bodyType, smtpUtf8);
  }

  /** Whether this is the null reverse-path of a delivery status notification. */
  public boolean isBounce() {
    return reversePath.isEmpty();
  }
}
