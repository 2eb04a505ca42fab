package org.jadepost.adapter.api.imap;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Opens the raw RFC 5322 bytes of one message, exactly as stored (CRLF line ends). The adapter
 * opens it after the {@link ImapListener#fetch} call returned, on another thread and outside any
 * transaction, possibly more than once: one streaming pass finds the MIME structure (ENVELOPE,
 * BODYSTRUCTURE, where each part is), then each body section is streamed to the client from its
 * offset ({@link InputStream#skipNBytes}), so no message is held in memory whole. It closes every
 * stream it opened. An implementation therefore captures only what it needs to find the bytes (for
 * example a blob store path), never an {@code EntityManager}.
 */
@FunctionalInterface
public interface MessageContent extends Serializable {

  /**
   * A new stream over the message's bytes; the caller closes it.
   *
   * @throws IOException if the bytes cannot be read, answered {@code NO [SERVERBUG]}
   */
  InputStream open() throws IOException;
}
