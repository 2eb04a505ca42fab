package org.jadepost.adapter.imap.decode;

import java.util.Locale;
import java.util.Optional;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.QresyncParameters;
import org.jadepost.adapter.imap.request.SelectRequest;
import org.jadepost.adapter.imap.request.SequenceSet;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * SELECT / EXAMINE SP mailbox [SP "(" select-param *(SP select-param) ")"] with the parameters
 * CONDSTORE (RFC 7162 §3.1.8) and QRESYNC "(" uidvalidity SP mod-sequence-value [SP known-uids [SP
 * seq-match-data]] ")" (RFC 7162 §3.2.5).
 */
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
    Optional<QresyncParameters> qresync = Optional.empty();
    if (args.consume(' ')) {
      args.expect('(');
      do {
        String parameter = args.atom().toUpperCase(Locale.ROOT);
        switch (parameter) {
          case "CONDSTORE" -> condstore = true;
          case "QRESYNC" -> qresync = Optional.of(qresync(args));
          default ->
              throw new DecodingException(ReplyText.SYNTAX, "unknown parameter " + parameter);
        }
      } while (args.consume(' '));
      args.expect(')');
    }
    args.end();
    return new SelectRequest(tag, mailbox, readOnly, condstore, qresync);
  }

  private static QresyncParameters qresync(ArgumentReader args) throws DecodingException {
    args.space();
    args.expect('(');
    long uidValidity = args.nzNumber();
    args.space();
    long modseq = args.nzNumber();
    Optional<SequenceSet> known = Optional.empty();
    if (args.consume(' ') && !args.peek('(')) {
      known = Optional.of(args.sequenceSet());
      args.consume(' ');
    }
    if (args.consume('(')) { // seq-match-data: read, not needed
      args.sequenceSet();
      args.space();
      args.sequenceSet();
      args.expect(')');
    }
    args.expect(')');
    return new QresyncParameters(uidValidity, modseq, known);
  }
}
