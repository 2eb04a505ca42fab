package org.jadepost.adapter.imap.decode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jadepost.adapter.imap.request.AppendRequest;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * APPEND SP mailbox [SP flag-list] [SP date-time] SP literal (RFC 3501 §6.3.11). The literal was
 * streamed to a spool file by the session; here only its marker is read.
 */
public final class AppendCommandParser implements CommandParser {

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    String mailbox = args.astring();
    args.space();
    List<String> flags = List.of();
    if (args.peek('(')) {
      flags = args.flagList();
      args.space();
    }
    Optional<Instant> date = Optional.empty();
    if (args.peek('"')) {
      date = Optional.of(ImapDates.dateTime(args.string()));
      args.space();
    }
    if (!args.atStreamedLiteral()) {
      throw new DecodingException(ReplyText.SYNTAX, "APPEND needs the message as a literal");
    }
    args.streamedLiteral();
    args.end();
    CommandInput input = args.input();
    return new AppendRequest(
        tag, mailbox, flags, date, input.spool().orElseThrow(), input.spoolSize());
  }
}
