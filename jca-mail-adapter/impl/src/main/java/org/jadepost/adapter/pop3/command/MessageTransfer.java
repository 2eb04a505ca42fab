package org.jadepost.adapter.pop3.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.endpoint.EndpointCallException;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;

/**
 * The common end of RETR and TOP: opens the message (its local file when the maildrop names one,
 * otherwise through the listener) and answers with its data, which the session streams dot-stuffed;
 * a message removed meanwhile gets {@code -ERR}.
 */
final class MessageTransfer {

  private MessageTransfer() {}

  static Pop3Response send(
      Pop3Session session, Pop3MessageInfo message, String text, long bodyLines) {
    Optional<InputStream> stream = local(message);
    try {
      if (stream.isEmpty()) {
        stream =
            session.backend().openMessage(session.info(), session.identity(), message.uniqueId());
      }
    } catch (EndpointCallException e) {
      return Replies.TEMPORARY_FAILURE;
    }
    if (stream.isEmpty()) {
      return Replies.MESSAGE_GONE;
    }
    return Pop3Response.message(text, new Pop3Response.MessageData(stream.get(), bodyLines));
  }

  // The file saves a listener call (an MDB, a transaction, a query) per message; one that cannot be
  // opened (removed with the message) leaves the answer to the listener.
  private static Optional<InputStream> local(Pop3MessageInfo message) {
    if (message.file() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.newInputStream(Path.of(message.file())));
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
  }
}
