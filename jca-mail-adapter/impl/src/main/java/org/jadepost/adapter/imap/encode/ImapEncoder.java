package org.jadepost.adapter.imap.encode;

import java.io.ByteArrayOutputStream;
import org.jadepost.adapter.imap.response.ImapResponse;

/** The one place IMAP responses become bytes: picks the encoder of each response type. */
public final class ImapEncoder {

  private ImapEncoder() {}

  /** The bytes of {@code response}, CRLF included. */
  public static byte[] encode(ImapResponse response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (response instanceof ImapResponse.StatusResponse s) {
      StatusResponseEncoder.encode(s, out);
    } else if (response instanceof ImapResponse.ContinuationResponse c) {
      ContinuationResponseEncoder.encode(c, out);
    } else if (response instanceof ImapResponse.DataResponse d) {
      DataResponseEncoder.encode(d, out);
    } else if (response instanceof ImapResponse.FetchResponse f) {
      FetchResponseEncoder.encode(f, out);
    }
    return out.toByteArray();
  }
}
