package org.jadepost.adapter.imap.encode;

import org.jadepost.adapter.imap.response.ImapResponse.FetchResponse;

/** Writes {@code * msn FETCH (items) CRLF} (RFC 3501 §7.4.2). */
final class FetchResponseEncoder {

  private FetchResponseEncoder() {}

  static void encode(FetchResponse response, ResponseBuffer out) {
    ValueEncoder.ascii("* " + response.msn() + " FETCH (", out);
    ValueEncoder.writeAll(response.items(), out);
    ValueEncoder.ascii(")\r\n", out);
  }
}
