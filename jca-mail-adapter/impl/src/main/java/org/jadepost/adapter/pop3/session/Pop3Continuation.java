package org.jadepost.adapter.pop3.session;

import org.jadepost.adapter.net.InboundFrame;

/**
 * Takes the next client line instead of the command dispatcher, for the SASL exchange of AUTH (RFC
 * 5034 §4).
 */
public interface Pop3Continuation {

  /** Handles the frame and returns the reply; it ends itself with {@code continueWith(null)}. */
  Pop3Response onFrame(Pop3Session session, InboundFrame frame);
}
