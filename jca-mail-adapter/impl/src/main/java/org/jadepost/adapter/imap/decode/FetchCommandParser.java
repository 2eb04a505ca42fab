package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jadepost.adapter.imap.request.FetchItem;
import org.jadepost.adapter.imap.request.FetchItem.Kind;
import org.jadepost.adapter.imap.request.FetchRequest;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.SequenceSet;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * [UID] FETCH SP sequence-set SP (ALL / FULL / FAST / fetch-att / "(" fetch-att *(SP fetch-att)
 * ")") [SP "(" CHANGEDSINCE n [SP VANISHED] ")"] (RFC 3501 §6.4.5, RFC 7162 §3.1.4, §3.2.6;
 * VANISHED with UID FETCH only).
 */
public final class FetchCommandParser implements CommandParser {

  private final boolean uid;

  /** A parser for UID FETCH ({@code uid}) or FETCH. */
  public FetchCommandParser(boolean uid) {
    this.uid = uid;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    SequenceSet set = args.sequenceSet();
    args.space();
    List<FetchItem> items = new ArrayList<>();
    if (args.consume('(')) {
      do {
        items.add(item(args));
      } while (args.consume(' '));
      args.expect(')');
    } else {
      items.addAll(macroOrItem(args));
    }
    long changedSince = -1;
    boolean vanished = false;
    if (args.consume(' ')) {
      args.expect('(');
      do {
        String modifier = args.atom().toUpperCase(Locale.ROOT);
        if (modifier.equals("CHANGEDSINCE")) {
          args.space();
          changedSince = args.number();
        } else if (modifier.equals("VANISHED") && uid) {
          vanished = true;
        } else {
          throw new DecodingException(ReplyText.SYNTAX, "unknown FETCH modifier " + modifier);
        }
      } while (args.consume(' '));
      args.expect(')');
      if (changedSince < 0) {
        throw new DecodingException(ReplyText.SYNTAX, "VANISHED needs CHANGEDSINCE");
      }
      items.add(FetchItem.of(Kind.MODSEQ));
    }
    args.end();
    if (uid && items.stream().noneMatch(i -> i.kind() == Kind.UID)) {
      items.add(0, FetchItem.of(Kind.UID)); // RFC 3501 §6.4.8
    }
    return new FetchRequest(tag, uid, set, items, changedSince, vanished);
  }

  private static List<FetchItem> macroOrItem(ArgumentReader args) throws DecodingException {
    List<FetchItem> items =
        new ArrayList<>(
            List.of(
                FetchItem.of(Kind.FLAGS),
                FetchItem.of(Kind.INTERNALDATE),
                FetchItem.of(Kind.RFC822_SIZE)));
    switch (args.peekAtom()) {
      case "FAST" -> args.atom();
      case "ALL" -> {
        args.atom();
        items.add(FetchItem.of(Kind.ENVELOPE));
      }
      case "FULL" -> {
        args.atom();
        items.add(FetchItem.of(Kind.ENVELOPE));
        items.add(FetchItem.of(Kind.BODY));
      }
      default -> {
        return List.of(item(args));
      }
    }
    return items;
  }

  private static FetchItem item(ArgumentReader args) throws DecodingException {
    return FetchItemParser.parse(args);
  }
}
