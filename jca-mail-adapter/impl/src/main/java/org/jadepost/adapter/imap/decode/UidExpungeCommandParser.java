package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.SequenceSet;
import org.jadepost.adapter.imap.request.UidExpungeRequest;

/** UID EXPUNGE SP sequence-set (RFC 4315 §2.1). */
public final class UidExpungeCommandParser implements CommandParser {

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    SequenceSet set = args.sequenceSet();
    args.end();
    return new UidExpungeRequest(tag, set);
  }
}
