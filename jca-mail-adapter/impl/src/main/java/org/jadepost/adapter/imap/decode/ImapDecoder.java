package org.jadepost.adapter.imap.decode;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * Turns one assembled command into a request: reads the tag and the command name (with a {@code
 * UID} prefix) and hands the rest to the command's parser.
 */
public final class ImapDecoder {

  private final Map<String, CommandParser> parsers;

  /** A decoder with one parser per command name. */
  public ImapDecoder(Map<String, CommandParser> parsers) {
    this.parsers = Map.copyOf(parsers);
  }

  /** The tag at the start of {@code input}, if it has a valid one, for error replies. */
  public static Optional<String> tag(CommandInput input) {
    try {
      ArgumentReader args = new ArgumentReader(input);
      String tag = args.tag();
      return args.peek(' ') ? Optional.of(tag) : Optional.empty();
    } catch (DecodingException e) {
      return Optional.empty();
    }
  }

  /** The command name after the tag, upper-cased, with {@code UID } when prefixed. */
  public static String commandName(ArgumentReader args) throws DecodingException {
    String name = args.atom().toUpperCase(Locale.ROOT);
    if (name.equals("UID")) {
      args.space();
      name = "UID " + args.atom().toUpperCase(Locale.ROOT);
    }
    return name;
  }

  /**
   * Parses {@code input} into a request.
   *
   * @throws DecodingException for a syntax error or unknown command
   */
  public ImapRequest decode(String tag, String name, ArgumentReader args) throws DecodingException {
    CommandParser parser = parsers.get(name);
    if (parser == null) {
      throw new DecodingException(ReplyText.UNKNOWN_COMMAND, name);
    }
    return parser.parse(tag, args);
  }
}
