package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.MailboxRequest;

/** CREATE, DELETE, SUBSCRIBE, UNSUBSCRIBE: SP mailbox (RFC 3501 §6.3.3-§6.3.7). */
public final class MailboxCommandParser implements CommandParser {

  private final String command;

  /** A parser for {@code command}. */
  public MailboxCommandParser(String command) {
    this.command = command;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    String mailbox = args.astring();
    args.end();
    return new MailboxRequest(tag, command, mailbox);
  }
}
