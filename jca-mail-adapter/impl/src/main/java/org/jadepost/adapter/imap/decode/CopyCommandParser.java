package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.request.CopyRequest;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.SequenceSet;

/** [UID] COPY / MOVE SP sequence-set SP mailbox (RFC 3501 §6.4.7, RFC 6851 §3). */
public final class CopyCommandParser implements CommandParser {

  private final boolean uid;
  private final boolean move;

  /** A parser for the UID form or not, of MOVE or COPY. */
  public CopyCommandParser(boolean uid, boolean move) {
    this.uid = uid;
    this.move = move;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    SequenceSet set = args.sequenceSet();
    args.space();
    String mailbox = args.astring();
    args.end();
    return new CopyRequest(tag, uid, move, set, mailbox);
  }
}
