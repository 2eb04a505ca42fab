package org.jadepost.adapter.imap.encode;

import org.jadepost.adapter.imap.response.ImapResponse.ContinuationResponse;

/** Writes {@code + text CRLF} (RFC 3501 §7.5). */
final class ContinuationResponseEncoder {

  private ContinuationResponseEncoder() {}

  static void encode(ContinuationResponse response, ResponseBuffer out) {
    ValueEncoder.ascii("+ " + response.text() + "\r\n", out);
  }
}
