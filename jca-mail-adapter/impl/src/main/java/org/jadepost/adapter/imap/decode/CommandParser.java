package org.jadepost.adapter.imap.decode;

import org.jadepost.adapter.imap.request.ImapRequest;

/** Parses the arguments of one command; the reader stands right after the command name. */
@FunctionalInterface
public interface CommandParser {

  /** The request, or a {@link DecodingException} for the tagged BAD. */
  ImapRequest parse(String tag, ArgumentReader args) throws DecodingException;
}
