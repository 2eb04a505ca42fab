package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.adapter.api.imap.SearchKey.DateComparison;
import org.jadepost.adapter.imap.request.SearchCriterion;
import org.jadepost.adapter.imap.response.ReplyText;

/** One search-key of RFC 3501 §6.4.4 (and MODSEQ of RFC 7162 §3.1.5), recursively. */
final class SearchKeyParser {

  private static final int MAX_DEPTH = 50;

  private final ArgumentReader args;
  private boolean usedModseq;
  private int depth;

  SearchKeyParser(ArgumentReader args) {
    this.args = args;
  }

  boolean usedModseq() {
    return usedModseq;
  }

  SearchCriterion key() throws DecodingException {
    if (++depth > MAX_DEPTH) {
      throw new DecodingException(ReplyText.SYNTAX, "search keys nested too deeply");
    }
    try {
      return args.peek('(') ? group() : single();
    } finally {
      depth--;
    }
  }

  private SearchCriterion group() throws DecodingException {
    args.expect('(');
    List<SearchCriterion> keys = new ArrayList<>();
    do {
      keys.add(key());
    } while (args.consume(' '));
    args.expect(')');
    return new SearchCriterion.All(keys);
  }

  private SearchCriterion single() throws DecodingException {
    if (args.peek('*') || (!args.atEnd() && Character.isDigit(args.peekAtom().charAt(0)))) {
      return new SearchCriterion.Sequence(args.sequenceSet(), false);
    }
    String name = args.atom().toUpperCase(java.util.Locale.ROOT);
    return switch (name) {
      case "ALL" -> key(new SearchKey.All());
      case "ANSWERED", "DELETED", "DRAFT", "FLAGGED", "SEEN" -> flag(name, true);
      case "UNANSWERED", "UNDELETED", "UNDRAFT", "UNFLAGGED", "UNSEEN" ->
          flag(name.substring(2), false);
      case "NEW" ->
          new SearchCriterion.All(List.of(new SearchCriterion.Recent(true), flag("SEEN", false)));
      case "OLD" -> new SearchCriterion.Recent(false);
      case "RECENT" -> new SearchCriterion.Recent(true);
      case "KEYWORD", "UNKEYWORD" -> key(new SearchKey.Keyword(arg(), name.equals("KEYWORD")));
      case "BCC", "CC", "FROM", "SUBJECT", "TO" -> key(new SearchKey.Header(header(name), arg()));
      case "HEADER" -> header();
      case "BODY", "TEXT" -> key(new SearchKey.Text(arg(), name.equals("BODY")));
      case "BEFORE", "ON", "SINCE" -> date(DateComparison.valueOf(name), false);
      case "SENTBEFORE", "SENTON", "SENTSINCE" ->
          date(DateComparison.valueOf(name.substring(4)), true);
      case "LARGER", "SMALLER" -> size(name.equals("LARGER"));
      case "UID" -> uid();
      case "NOT" -> not();
      case "OR" -> or();
      case "MODSEQ" -> modseq();
      default -> throw new DecodingException(ReplyText.SYNTAX, "unknown search key " + name);
    };
  }

  private static SearchCriterion key(SearchKey key) {
    return new SearchCriterion.Key(key);
  }

  private static SearchCriterion flag(String name, boolean set) {
    return key(new SearchKey.Flag(ImapFlag.valueOf(name), set));
  }

  private static String header(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private String arg() throws DecodingException {
    args.space();
    return args.astring();
  }

  private SearchCriterion header() throws DecodingException {
    String field = arg();
    return key(new SearchKey.Header(field, arg()));
  }

  private SearchCriterion date(DateComparison comparison, boolean sent) throws DecodingException {
    return key(new SearchKey.Date(comparison, ImapDates.date(arg()), sent));
  }

  private SearchCriterion size(boolean larger) throws DecodingException {
    args.space();
    return key(new SearchKey.Size(args.number(), larger));
  }

  private SearchCriterion uid() throws DecodingException {
    args.space();
    return new SearchCriterion.Sequence(args.sequenceSet(), true);
  }

  private SearchCriterion not() throws DecodingException {
    args.space();
    return new SearchCriterion.Negation(key());
  }

  private SearchCriterion or() throws DecodingException {
    args.space();
    SearchCriterion left = key();
    args.space();
    return new SearchCriterion.Either(left, key());
  }

  private SearchCriterion modseq() throws DecodingException {
    args.space();
    if (args.peek('"')) {
      args.string(); // entry-name
      args.space();
      args.atom(); // entry-type-req
      args.space();
    }
    usedModseq = true;
    return key(new SearchKey.ModSeq(args.number()));
  }
}
