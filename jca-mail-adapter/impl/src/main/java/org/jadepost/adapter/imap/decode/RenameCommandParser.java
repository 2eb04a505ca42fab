package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.RenameRequest;

/** RENAME SP mailbox SP mailbox (RFC 3501 §6.3.5). */
public final class RenameCommandParser implements CommandParser {

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    String from = args.astring();
    args.space();
    String to = args.astring();
    args.end();
    return new RenameRequest(tag, from, to);
  }
}
