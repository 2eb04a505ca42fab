package org.jadepost.adapter.pop3.command;

import java.io.InputStream;
import java.util.Optional;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.endpoint.EndpointCallException;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;

/**
 * The common end of RETR and TOP: opens the message through the listener and answers with its data,
 * which the session streams dot-stuffed; a message removed meanwhile gets {@code -ERR}.
 */
final class MessageTransfer {

  private MessageTransfer() {}

  static Pop3Response send(
      Pop3Session session, Pop3MessageInfo message, String text, long bodyLines) {
    Optional<InputStream> stream;
    try {
      stream =
          session.backend().openMessage(session.info(), session.identity(), message.uniqueId());
    } catch (EndpointCallException e) {
      return Replies.TEMPORARY_FAILURE;
    }
    if (stream.isEmpty()) {
      return Replies.MESSAGE_GONE;
    }
    return Pop3Response.message(text, new Pop3Response.MessageData(stream.get(), bodyLines));
  }
}
