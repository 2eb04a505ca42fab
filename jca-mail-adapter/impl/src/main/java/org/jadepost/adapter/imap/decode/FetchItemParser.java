package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jadepost.adapter.imap.request.FetchItem;
import org.jadepost.adapter.imap.request.FetchItem.Kind;
import org.jadepost.adapter.imap.response.ReplyText;

/** One fetch-att of RFC 3501 §9, including BODY[section]&lt;partial&gt;. */
final class FetchItemParser {

  private FetchItemParser() {}

  /** Parses one item. */
  static FetchItem parse(ArgumentReader args) throws DecodingException {
    String name = readName(args);
    return switch (name) {
      case "UID" -> FetchItem.of(Kind.UID);
      case "FLAGS" -> FetchItem.of(Kind.FLAGS);
      case "INTERNALDATE" -> FetchItem.of(Kind.INTERNALDATE);
      case "RFC822.SIZE" -> FetchItem.of(Kind.RFC822_SIZE);
      case "ENVELOPE" -> FetchItem.of(Kind.ENVELOPE);
      case "BODYSTRUCTURE" -> FetchItem.of(Kind.BODYSTRUCTURE);
      case "MODSEQ" -> FetchItem.of(Kind.MODSEQ);
      case "RFC822" -> new FetchItem(Kind.RFC822, List.of(), "", List.of(), false, -1, 0);
      case "RFC822.HEADER" -> FetchItem.of(Kind.RFC822_HEADER);
      case "RFC822.TEXT" ->
          new FetchItem(Kind.RFC822_TEXT, List.of(), "TEXT", List.of(), false, -1, 0);
      case "BODY", "BODY.PEEK" -> body(args, name.equals("BODY.PEEK"));
      default -> throw new DecodingException(ReplyText.SYNTAX, "unknown fetch item " + name);
    };
  }

  private static String readName(ArgumentReader args) throws DecodingException {
    return args.atom().toUpperCase(Locale.ROOT);
  }

  private static FetchItem body(ArgumentReader args, boolean peek) throws DecodingException {
    if (!args.consume('[')) {
      if (peek) {
        throw new DecodingException(ReplyText.SYNTAX, "BODY.PEEK needs a section");
      }
      return FetchItem.of(Kind.BODY);
    }
    List<Integer> part = new ArrayList<>();
    String specifier = "";
    List<String> fields = List.of();
    if (!args.peek(']')) {
      String[] pieces = args.sectionToken().split("\\.", -1);
      int i = 0;
      while (i < pieces.length
          && !pieces[i].isEmpty()
          && pieces[i].chars().allMatch(Character::isDigit)) {
        part.add(parsePart(pieces[i++]));
      }
      specifier =
          String.join(".", java.util.Arrays.copyOfRange(pieces, i, pieces.length))
              .toUpperCase(Locale.ROOT);
      if (specifier.startsWith("HEADER.FIELDS")) {
        args.space();
        fields = headerList(args);
      }
    }
    args.expect(']');
    check(part, specifier);
    long start = -1;
    long length = 0;
    if (args.consume('<')) {
      start = args.number();
      args.expect('.');
      length = args.nzNumber();
      args.expect('>');
    }
    return new FetchItem(Kind.SECTION, part, specifier, fields, peek, start, length);
  }

  private static void check(List<Integer> part, String specifier) throws DecodingException {
    boolean ok =
        switch (specifier) {
          case "", "HEADER", "HEADER.FIELDS", "HEADER.FIELDS.NOT", "TEXT" -> true;
          case "MIME" -> !part.isEmpty();
          default -> false;
        };
    if (!ok || part.contains(0)) {
      throw new DecodingException(ReplyText.SYNTAX, "bad section " + specifier);
    }
  }

  private static int parsePart(String digits) throws DecodingException {
    if (digits.length() > 6) {
      throw new DecodingException(ReplyText.SYNTAX, "bad section number");
    }
    return Integer.parseInt(digits);
  }

  private static List<String> headerList(ArgumentReader args) throws DecodingException {
    args.expect('(');
    List<String> fields = new ArrayList<>();
    do {
      fields.add(args.astring().toUpperCase(Locale.ROOT));
    } while (args.consume(' '));
    args.expect(')');
    return fields;
  }
}
