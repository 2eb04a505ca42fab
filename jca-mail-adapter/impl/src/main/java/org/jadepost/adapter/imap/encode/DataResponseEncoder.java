package org.jadepost.adapter.imap.encode;

import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;

/** Writes {@code * value value ... CRLF} (RFC 3501 §7.2-§7.4). */
final class DataResponseEncoder {

  private DataResponseEncoder() {}

  static void encode(DataResponse response, ResponseBuffer out) {
    out.write('*');
    out.write(' ');
    ValueEncoder.writeAll(response.values(), out);
    ValueEncoder.ascii("\r\n", out);
  }
}
