package org.jadepost.adapter.imap.decode;

import java.util.Locale;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.SelectRequest;
import org.jadepost.adapter.imap.response.ReplyText;

/** SELECT / EXAMINE SP mailbox [SP "(" CONDSTORE ")"] (RFC 3501 §6.3.1, RFC 7162 §3.1.8). */
public final class SelectCommandParser implements CommandParser {

  private final boolean readOnly;

  /** A parser for EXAMINE ({@code readOnly}) or SELECT. */
  public SelectCommandParser(boolean readOnly) {
    this.readOnly = readOnly;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    String mailbox = args.astring();
    boolean condstore = false;
    if (args.consume(' ')) {
      args.expect('(');
      String parameter = args.atom().toUpperCase(Locale.ROOT);
      if (!parameter.equals("CONDSTORE")) {
        throw new DecodingException(ReplyText.SYNTAX, "unknown parameter " + parameter);
      }
      args.expect(')');
      condstore = true;
    }
    args.end();
    return new SelectRequest(tag, mailbox, readOnly, condstore);
  }
}
