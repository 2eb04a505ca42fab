package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;

/** Tagged completions. */
final class Done {

  private Done() {}

  static StatusResponse ok(ImapRequest request) {
    return StatusResponse.tagged(
        request.tag(), Status.OK, request.command() + " " + ReplyText.COMPLETED.text());
  }

  static StatusResponse ok(ImapRequest request, String code) {
    return ok(request).withCode(code);
  }

  static StatusResponse no(ImapRequest request, ReplyText text) {
    return StatusResponse.tagged(request.tag(), Status.NO, text.text());
  }

  static StatusResponse bad(ImapRequest request, ReplyText text) {
    return StatusResponse.tagged(request.tag(), Status.BAD, text.text());
  }
}
