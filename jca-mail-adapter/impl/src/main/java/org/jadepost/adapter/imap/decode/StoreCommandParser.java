package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapStoreMode;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.SequenceSet;
import org.jadepost.adapter.imap.request.StoreRequest;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * [UID] STORE SP sequence-set [SP "(" UNCHANGEDSINCE n ")"] SP ["+" / "-"] FLAGS [".SILENT"] SP
 * (flag-list / flag *(SP flag)) (RFC 3501 §6.4.6, RFC 7162 §3.1.3).
 */
public final class StoreCommandParser implements CommandParser {

  private final boolean uid;

  /** A parser for UID STORE ({@code uid}) or STORE. */
  public StoreCommandParser(boolean uid) {
    this.uid = uid;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    SequenceSet set = args.sequenceSet();
    args.space();
    long unchangedSince = -1;
    if (args.consume('(')) {
      if (!args.atom().equalsIgnoreCase("UNCHANGEDSINCE")) {
        throw new DecodingException(ReplyText.SYNTAX, "unknown STORE modifier");
      }
      args.space();
      unchangedSince = args.number();
      args.expect(')');
      args.space();
    }
    ImapStoreMode mode =
        args.consume('+')
            ? ImapStoreMode.ADD
            : args.consume('-') ? ImapStoreMode.REMOVE : ImapStoreMode.REPLACE;
    String item = args.atom();
    boolean silent = item.equalsIgnoreCase("FLAGS.SILENT");
    if (!silent && !item.equalsIgnoreCase("FLAGS")) {
      throw new DecodingException(ReplyText.SYNTAX, "expected FLAGS or FLAGS.SILENT");
    }
    args.space();
    List<String> flags;
    if (args.peek('(')) {
      flags = args.flagList();
    } else {
      flags = new ArrayList<>();
      do {
        flags.add(args.flag());
      } while (args.consume(' '));
    }
    args.end();
    return new StoreRequest(tag, uid, set, mode, silent, flags, unchangedSince);
  }
}
