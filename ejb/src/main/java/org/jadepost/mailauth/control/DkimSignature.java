package org.jadepost.mailauth.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.exceptions.FailException;

/**
 * Computes a DKIM-Signature (RFC 6376) with Apache jDKIM: rsa-sha256, relaxed/relaxed, over the
 * usual author-facing fields that are present, with From signed once more than it occurs so no
 * second From can be added without breaking the signature ("oversigning", RFC 6376 §8.15).
 */
public final class DkimSignature {

  /** The fields signed when present, in h= order. */
  static final List<String> SIGNED_FIELDS =
      List.of(
          "from",
          "to",
          "cc",
          "subject",
          "date",
          "message-id",
          "mime-version",
          "content-type",
          "reply-to",
          "in-reply-to",
          "references");

  private DkimSignature() {}

  /** The {@code DKIM-Signature:} field with its CRLF, to prepend to {@code message}. */
  public static byte[] sign(
      String domain, String selector, PrivateKey key, Path message, Instant now)
      throws IOException {
    List<String> present = HeaderFields.names(HeaderFields.read(message));
    List<String> signed = new ArrayList<>();
    for (String field : SIGNED_FIELDS) {
      if (present.contains(field)) {
        signed.add(field);
      }
    }
    signed.add("from"); // the oversigned From
    String template =
        "v=1; a=rsa-sha256; c=relaxed/relaxed; d="
            + domain
            + "; s="
            + selector
            + "; t="
            + now.getEpochSecond()
            + "; h="
            + String.join(":", signed)
            + "; bh=; b=;";
    try (InputStream in = new BufferedInputStream(Files.newInputStream(message))) {
      String field = new DKIMSigner(template, key).sign(in);
      return (field.endsWith("\r\n") ? field : field + "\r\n").getBytes(StandardCharsets.US_ASCII);
    } catch (FailException e) {
      throw new IOException("Cannot DKIM-sign the message: " + e.getMessage(), e);
    }
  }
}
