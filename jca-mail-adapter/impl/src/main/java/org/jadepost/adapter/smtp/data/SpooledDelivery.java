package org.jadepost.adapter.smtp.data;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.endpoint.EndpointCallException;
import org.jadepost.adapter.smtp.session.SmtpSession;

/**
 * The end of a message, DATA or BDAT alike: a refused message is deleted; otherwise the spool file
 * is made durable and handed to the MDB, and deleted again if the MDB call fails. A 2xx reaches the
 * client only when the listener returned one (RFC 5321 §4.1.1.4, §6.1).
 */
final class SpooledDelivery {

  private static final Logger LOG = Logger.getLogger(SpooledDelivery.class.getName());

  private SpooledDelivery() {}

  /** Completes the message in {@code spool}; {@code refusal} is null when it was fine. */
  static SmtpReply complete(
      SmtpSession session, SmtpEnvelope envelope, SpoolFile spool, SmtpReply refusal) {
    if (refusal != null) {
      spool.discard();
      return refusal;
    }
    try {
      spool.complete();
    } catch (IOException e) {
      LOG.log(Level.WARNING, e, () -> "Writing spool file " + spool.path() + " failed");
      spool.discard();
      return SmtpReply.LOCAL_ERROR;
    }
    try {
      return session.backend().deliver(session.info(), envelope, spool.path());
    } catch (EndpointCallException e) {
      // The listener did not take ownership: nothing acknowledged, nothing kept.
      spool.discard();
      return SmtpReply.LOCAL_ERROR;
    }
  }
}
