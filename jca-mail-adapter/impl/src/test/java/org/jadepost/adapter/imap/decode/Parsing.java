package org.jadepost.adapter.imap.decode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jadepost.adapter.imap.request.ImapRequest;

/** Runs a command parser over the arguments as a client sends them (after the command name). */
final class Parsing {

  private Parsing() {}

  /**
   * Parses {@code arguments}, which start with the space after the command name; a literal's bytes
   * follow its {@code {n}} directly, as the session inlines them.
   */
  static <R extends ImapRequest> R parse(CommandParser parser, String arguments, Class<R> type)
      throws DecodingException {
    ArgumentReader args =
        new ArgumentReader(CommandInput.of(arguments.getBytes(StandardCharsets.UTF_8)));
    return type.cast(parser.parse("a1", args));
  }

  /** Parses {@code arguments} whose literal at {@code marker} was streamed to {@code spool}. */
  static <R extends ImapRequest> R parseStreamed(
      CommandParser parser, String arguments, String marker, Path spool, long size, Class<R> type)
      throws DecodingException {
    byte[] bytes = arguments.getBytes(StandardCharsets.UTF_8);
    int at =
        arguments.substring(0, arguments.indexOf(marker)).getBytes(StandardCharsets.UTF_8).length;
    CommandInput input = new CommandInput(bytes, at, Optional.of(spool), size);
    return type.cast(parser.parse("a1", new ArgumentReader(input)));
  }
}
