package org.jadepost.blackbox.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Raw test messages (CRLF lines) as a sending MTA would deliver them. */
final class TestMails {

  static final String FROM = "Partner Li <li@sender.example>";

  private TestMails() {}

  /** A plain text mail sent at {@code date} (an RFC 5322 date with the sender's offset). */
  static byte[] text(String to, String subject, String body, String date) {
    return crlf(
        "From: "
            + FROM
            + "\nTo: "
            + to
            + "\nSubject: =?UTF-8?B?"
            + b64(subject)
            + "?=\nDate: "
            + date
            + "\nMessage-ID: <"
            + System.nanoTime()
            + "@sender.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8"
            + "\nContent-Transfer-Encoding: base64\n\n"
            + b64(body)
            + "\n");
  }

  /** An HTML mail with {@code html} as its only body. */
  static byte[] html(String to, String subject, String html) {
    return html(FROM, to, subject, html);
  }

  /** An HTML mail from {@code from} with {@code html} as its only body. */
  static byte[] html(String from, String to, String subject, String html) {
    return crlf(
        "From: "
            + from
            + "\nTo: "
            + to
            + "\nSubject: "
            + subject
            + "\nDate: Fri, 27 Nov 2026 09:00:00 +0000\nMIME-Version: 1.0"
            + "\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
            + b64(html)
            + "\n");
  }

  /** A text mail with one attachment {@code name} holding {@code content}. */
  static byte[] withAttachment(String to, String subject, String name, byte[] content) {
    return crlf(
        "From: "
            + FROM
            + "\nTo: "
            + to
            + "\nSubject: "
            + subject
            + "\nDate: Fri, 27 Nov 2026 09:00:00 -0500\nMIME-Version: 1.0"
            + "\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1"
            + "\nContent-Type: text/plain; charset=UTF-8\n\nSee the attachment.\n--b1"
            + "\nContent-Type: application/octet-stream; name=\""
            + name
            + "\"\nContent-Disposition: attachment; filename=\""
            + name
            + "\"\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString(content)
            + "\n--b1--\n");
  }

  static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] crlf(String text) {
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
