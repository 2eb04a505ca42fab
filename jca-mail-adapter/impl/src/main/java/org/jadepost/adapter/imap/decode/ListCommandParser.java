package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.ListRequest;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * LIST [SP "(" selection ")"] SP reference SP (pattern / "(" patterns ")") [SP RETURN (options)]
 * (RFC 3501 §6.3.8, RFC 5258 §3, RFC 6154 §5); LSUB SP reference SP pattern.
 */
public final class ListCommandParser implements CommandParser {

  private final boolean lsub;

  /** A parser for LSUB ({@code lsub}) or LIST. */
  public ListCommandParser(boolean lsub) {
    this.lsub = lsub;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    List<String> selection = !lsub && args.peek('(') ? options(args) : List.of();
    if (!selection.isEmpty() || args.peek(' ')) {
      args.space();
    }
    String reference = args.astring();
    args.space();
    List<String> patterns = new ArrayList<>();
    if (!lsub && args.consume('(')) {
      do {
        patterns.add(args.listMailbox());
      } while (args.consume(' '));
      args.expect(')');
    } else {
      patterns.add(args.listMailbox());
    }
    List<String> returns = List.of();
    if (!lsub && args.consume(' ')) {
      if (!args.atom().equalsIgnoreCase("RETURN")) {
        throw new DecodingException(ReplyText.SYNTAX, "expected RETURN");
      }
      args.space();
      returns = options(args);
    }
    args.end();
    return new ListRequest(
        tag,
        lsub,
        reference,
        patterns,
        selection.contains("SUBSCRIBED"),
        selection.contains("SPECIAL-USE"),
        returns.contains("SPECIAL-USE"));
  }

  private static List<String> options(ArgumentReader args) throws DecodingException {
    args.expect('(');
    List<String> options = new ArrayList<>();
    while (!args.consume(')')) {
      if (!options.isEmpty()) {
        args.space();
      }
      options.add(args.atom().toUpperCase(Locale.ROOT));
    }
    return options;
  }
}
