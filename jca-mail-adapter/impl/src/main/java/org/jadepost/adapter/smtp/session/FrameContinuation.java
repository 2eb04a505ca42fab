package org.jadepost.adapter.smtp.session;

import java.util.Optional;
import org.jadepost.adapter.net.InboundFrame;

/**
 * Takes the frames that follow a command and are not commands themselves: message data after DATA
 * (RFC 5321 §4.1.1.4) or the client's answers to AUTH challenges (RFC 4954 §4).
 */
public interface FrameContinuation {

  /**
   * Consumes one frame.
   *
   * @return the reply once the exchange is over (the session then reads commands again), or empty
   *     while more frames are expected
   */
  Optional<SmtpResponse> onFrame(SmtpSession session, InboundFrame frame);

  /** The connection is gone mid-exchange: release what the exchange holds. */
  default void abandon() {}
}
