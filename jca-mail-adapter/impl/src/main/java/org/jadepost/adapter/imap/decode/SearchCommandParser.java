package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.SearchCriterion;
import org.jadepost.adapter.imap.request.SearchRequest;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * [UID] SEARCH SP [CHARSET SP charset SP] search-key *(SP search-key) (RFC 3501 §6.4.4). Only
 * US-ASCII and UTF-8 are accepted; others get {@code NO [BADCHARSET]} through the processor, here a
 * {@code BAD} with the same text.
 */
public final class SearchCommandParser implements CommandParser {

  private final boolean uid;

  /** A parser for UID SEARCH ({@code uid}) or SEARCH. */
  public SearchCommandParser(boolean uid) {
    this.uid = uid;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    if (args.peekAtom().equals("CHARSET")) {
      args.atom();
      args.space();
      String charset = args.astring().toUpperCase(Locale.ROOT);
      if (!charset.equals("UTF-8") && !charset.equals("US-ASCII")) {
        throw new DecodingException(ReplyText.SYNTAX, "[BADCHARSET (UTF-8 US-ASCII)] " + charset);
      }
      args.space();
    }
    SearchKeyParser keys = new SearchKeyParser(args);
    List<SearchCriterion> criteria = new ArrayList<>();
    do {
      criteria.add(keys.key());
    } while (args.consume(' '));
    args.end();
    SearchCriterion criterion =
        criteria.size() == 1 ? criteria.get(0) : new SearchCriterion.All(criteria);
    return new SearchRequest(tag, uid, criterion, keys.usedModseq());
  }
}
