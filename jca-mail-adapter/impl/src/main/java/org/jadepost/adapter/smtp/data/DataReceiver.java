package org.jadepost.adapter.smtp.data;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.net.LineTooLong;
import org.jadepost.adapter.smtp.session.FrameContinuation;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;

/**
 * Receives the lines after {@code 354} until {@code CRLF.CRLF}, writes them dot-unstuffed with CRLF
 * endings to a {@link SpoolFile}, and then hands the file to the MDB. Whatever goes wrong, the rest
 * of the data is still read to its end before the one reply, so the client and server stay in step
 * (RFC 5321 §4.1.1.4). See the package documentation for the bare LF / NUL policy.
 */
public final class DataReceiver implements FrameContinuation {

  /** 552 5.3.4 the data exceeded the size limit (RFC 1870 §6.3). */
  public static final SmtpReply TOO_BIG =
      new SmtpReply(552, "5.3.4", "Message size exceeds fixed maximum message size");

  /** 550 5.6.0 bare CR, bare LF or NUL in the data. */
  public static final SmtpReply BAD_LINE_ENDINGS =
      new SmtpReply(550, "5.6.0", "Message contains bare CR, bare LF or NUL; use CRLF");

  /** 500 5.5.6 a data line was over the line limit (RFC 5321 §4.5.3.1.6). */
  public static final SmtpReply LINE_TOO_LONG = new SmtpReply(500, "5.5.6", "Line too long");

  private static final Logger LOG = Logger.getLogger(DataReceiver.class.getName());
  private static final byte[] CRLF = {'\r', '\n'};

  private final SpoolFile spool;
  private final long maxSize;
  private long size;
  private boolean previousEndedWithCrlf = true;
  private SmtpReply refusal;

  /** A receiver writing to {@code spool} up to {@code maxSize} bytes. */
  public DataReceiver(SpoolFile spool, long maxSize) {
    this.spool = spool;
    this.maxSize = maxSize;
  }

  @Override
  public Optional<SmtpResponse> onFrame(SmtpSession session, InboundFrame frame) {
    if (frame instanceof LineTooLong) {
      refuse(LINE_TOO_LONG);
      previousEndedWithCrlf = true;
      return Optional.empty();
    }
    if (!(frame instanceof Line line)) {
      refuse(SmtpReply.LOCAL_ERROR);
      return Optional.empty();
    }
    byte[] bytes = line.bytes();
    // RFC 5321 §4.1.1.4: only CRLF "." CRLF ends the data; "." after a bare LF does not.
    if (previousEndedWithCrlf && !line.bareLineFeed() && bytes.length == 1 && bytes[0] == '.') {
      return Optional.of(finish(session));
    }
    previousEndedWithCrlf = !line.bareLineFeed();
    if (line.bareLineFeed() || containsCrOrNul(bytes)) {
      refuse(BAD_LINE_ENDINGS);
    }
    // RFC 5321 §4.5.2: drop the leading dot the client added to lines starting with a dot.
    int offset = bytes.length > 0 && bytes[0] == '.' ? 1 : 0;
    append(bytes, offset);
    return Optional.empty();
  }

  private void append(byte[] bytes, int offset) {
    size += bytes.length - offset + 2L;
    if (size > maxSize) {
      refuse(TOO_BIG);
    }
    if (refusal != null) {
      return;
    }
    try {
      spool.write(bytes, offset, bytes.length - offset);
      spool.write(CRLF, 0, 2);
    } catch (IOException e) {
      LOG.log(Level.WARNING, e, () -> "Writing spool file " + spool.path() + " failed");
      refuse(SmtpReply.LOCAL_ERROR);
    }
  }

  private SmtpResponse finish(SmtpSession session) {
    SmtpEnvelope envelope = session.envelope();
    session.continueWith(null);
    session.resetTransaction();
    return SmtpResponse.of(SpooledDelivery.complete(session, envelope, spool, refusal));
  }

  /** The client went away before the end of data: the partial message is deleted. */
  @Override
  public void abandon() {
    spool.discard();
  }

  private void refuse(SmtpReply reply) {
    if (refusal == null) {
      refusal = reply;
    }
  }

  private static boolean containsCrOrNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '\r' || b == 0) {
        return true;
      }
    }
    return false;
  }
}
