package org.jadepost.adapter.imap.process;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapAppend;
import org.jadepost.adapter.api.imap.ImapAppendResult;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.AppendRequest;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * APPEND (RFC 3501 §6.3.11, UIDPLUS RFC 4315 §3): hands the spooled literal to the listener, which
 * owns it from then on; the file is deleted when the call fails.
 */
public final class AppendProcessor implements ImapProcessor<AppendRequest> {

  @Override
  public StatusResponse process(AppendRequest request, ImapSession session) throws ImapException {
    try {
      String name = Folders.decode(session, request.mailbox());
      List<String> keywords = new ArrayList<>();
      int flags = FlagItems.mask(request.flags(), keywords);
      ImapAppend append =
          new ImapAppend(
              name,
              request.spool(),
              flags,
              keywords,
              request.date().orElse(Instant.now()),
              request.size());
      ImapAppendResult result =
          session.backend().call("append", 2, l -> l.append(session.currentCaller(), append));
      return Done.ok(request, "APPENDUID " + result.uidValidity() + " " + result.uid());
    } catch (ImapException | RuntimeException e) {
      delete(request);
      throw e;
    }
  }

  private static void delete(AppendRequest request) {
    try {
      Files.deleteIfExists(request.spool());
    } catch (IOException e) {
      // the spool directory is cleaned at start
    }
  }
}
