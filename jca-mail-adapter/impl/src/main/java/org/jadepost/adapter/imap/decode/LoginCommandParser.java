package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.LoginRequest;

/** LOGIN SP userid SP password (RFC 3501 §6.2.3). */
public final class LoginCommandParser implements CommandParser {

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    String user = args.astring();
    args.space();
    String password = args.astring();
    args.end();
    return new LoginRequest(tag, user, password);
  }
}
