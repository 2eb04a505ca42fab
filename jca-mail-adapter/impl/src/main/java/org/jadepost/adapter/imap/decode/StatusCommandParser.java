package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.StatusRequest;
import org.jadepost.adapter.imap.response.ReplyText;

/** STATUS SP mailbox SP "(" status-att *(SP status-att) ")" (RFC 3501 §6.3.10). */
public final class StatusCommandParser implements CommandParser {

  private static final Set<String> ITEMS =
      Set.of("MESSAGES", "RECENT", "UIDNEXT", "UIDVALIDITY", "UNSEEN", "HIGHESTMODSEQ", "SIZE");

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    String mailbox = args.astring();
    args.space();
    args.expect('(');
    List<String> items = new ArrayList<>();
    do {
      String item = args.atom().toUpperCase(Locale.ROOT);
      if (!ITEMS.contains(item)) {
        throw new DecodingException(ReplyText.SYNTAX, "unknown status item " + item);
      }
      items.add(item);
    } while (args.consume(' '));
    args.expect(')');
    args.end();
    return new StatusRequest(tag, mailbox, items);
  }
}
