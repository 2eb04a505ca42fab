package org.jadepost.adapter.imap.decode;

import java.util.Locale;
import java.util.Optional;
import org.jadepost.adapter.imap.request.AuthenticateRequest;
import org.jadepost.adapter.imap.request.ImapRequest;

/** AUTHENTICATE SP mechanism [SP initial-response] (RFC 3501 §6.2.2, SASL-IR RFC 4959). */
public final class AuthenticateCommandParser implements CommandParser {

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    String mechanism = args.atom().toUpperCase(Locale.ROOT);
    Optional<String> initial = Optional.empty();
    if (args.consume(' ')) {
      initial = Optional.of(args.consume('=') ? "" : args.atom());
    }
    args.end();
    return new AuthenticateRequest(tag, mechanism, initial);
  }
}
