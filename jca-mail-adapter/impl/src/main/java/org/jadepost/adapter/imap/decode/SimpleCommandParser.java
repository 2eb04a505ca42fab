package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.SimpleRequest;

/** Parses a command that takes no arguments (CAPABILITY, NOOP, LOGOUT, IDLE, ...). */
public final class SimpleCommandParser implements CommandParser {

  private final String command;

  /** A parser for {@code command}. */
  public SimpleCommandParser(String command) {
    this.command = command;
  }

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.end();
    return new SimpleRequest(tag, command);
  }
}
