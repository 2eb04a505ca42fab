package org.jadepost.adapter.imap.decode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jadepost.adapter.imap.request.IdRequest;
import org.jadepost.adapter.imap.request.ImapRequest;

/** ID SP ("(" *(string SP nstring) ")" / NIL) (RFC 2971 §3.1). */
public final class IdCommandParser implements CommandParser {

  @Override
  public ImapRequest parse(String tag, ArgumentReader args) throws DecodingException {
    args.space();
    Map<String, String> parameters = new LinkedHashMap<>();
    if (args.consume('(')) {
      while (!args.consume(')')) {
        if (!parameters.isEmpty()) {
          args.space();
        }
        String key = args.string();
        args.space();
        String value = args.peek('"') || args.peek('{') ? args.string() : nil(args);
        parameters.put(key, value);
      }
    } else {
      nil(args);
    }
    args.end();
    return new IdRequest(tag, parameters);
  }

  private static String nil(ArgumentReader args) throws DecodingException {
    if (!args.atom().equalsIgnoreCase("NIL")) {
      throw new DecodingException(org.jadepost.adapter.imap.response.ReplyText.SYNTAX, "NIL");
    }
    return "";
  }
}
