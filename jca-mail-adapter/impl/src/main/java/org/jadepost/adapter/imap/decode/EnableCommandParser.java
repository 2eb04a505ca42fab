package org.jadepost.adapter.imap.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jadepost.adapter.imap.request.EnableRequest;
import org.jadepost.adapter.imap.request.ImapRequest;

/** ENABLE 1*(SP capability) (RFC 5161 §3.1). */
public final class EnableCommandParser implements CommandParser {

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    List<String> capabilities = new ArrayList<>();
    do {
      args.space();
      capabilities.add(args.atom().toUpperCase(Locale.ROOT));
    } while (!args.atEnd());
    return new EnableRequest(tag, capabilities);
  }
}
