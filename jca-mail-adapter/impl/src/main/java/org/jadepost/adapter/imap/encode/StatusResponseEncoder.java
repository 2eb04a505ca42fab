package org.jadepost.adapter.imap.encode;

import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;

/** Writes {@code tag STATUS [code] text CRLF} (RFC 3501 §7.1). */
final class StatusResponseEncoder {

  private StatusResponseEncoder() {}

  static void encode(StatusResponse response, ResponseBuffer out) {
    StringBuilder line = new StringBuilder(response.tag()).append(' ').append(response.status());
    response.code().ifPresent(code -> line.append(" [").append(code).append(']'));
    line.append(' ').append(clean(response.text())).append("\r\n");
    out.writeBytes(line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String clean(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }
}
