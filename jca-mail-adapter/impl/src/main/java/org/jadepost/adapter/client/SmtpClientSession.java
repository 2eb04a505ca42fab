package org.jadepost.adapter.client;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.net.ssl.SSLSocket;
import org.jadepost.adapter.api.client.SmtpClientEnvelope;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpClientReply;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.adapter.api.client.SmtpTransactionResult;

/**
 * One SMTP client session (RFC 5321) on a blocking socket: greeting, EHLO with fallback to HELO,
 * opportunistic STARTTLS (RFC 3207), then any number of transactions, each MAIL, RCPT per recipient
 * and DATA, separated by RSET. Uses SIZE (RFC 1870), 8BITMIME (RFC 6152), SMTPUTF8 (RFC 6531) and
 * PIPELINING (RFC 2920) when the server offers them. Not thread-safe: one caller at a time, which
 * the pool guarantees.
 */
public final class SmtpClientSession implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SmtpClientSession.class.getName());

  private final SmtpDestination destination;
  private final SmtpClientSettings settings;
  private Socket socket;
  private ReplyReader replies;
  private OutputStream out;
  private EhloCapabilities capabilities = EhloCapabilities.NONE;
  private String remoteName;
  private boolean dirty;
  private boolean used;

  private SmtpClientSession(SmtpDestination destination, SmtpClientSettings settings) {
    this.destination = destination;
    this.settings = settings;
  }

  /** Connects, reads the greeting, says EHLO and upgrades to TLS when offered. */
  public static SmtpClientSession open(SmtpDestination destination, SmtpClientSettings settings)
      throws SmtpClientException {
    SmtpClientSession session = new SmtpClientSession(destination, settings);
    try {
      session.connect();
      return session;
    } catch (IOException e) {
      session.close();
      throw new SmtpClientException(destination + ": " + e.getMessage(), e);
    } catch (SmtpClientException e) {
      session.close();
      throw e;
    }
  }

  public SmtpDestination destination() {
    return destination;
  }

  public boolean isEncrypted() {
    return socket instanceof SSLSocket;
  }

  public String remoteName() {
    return remoteName;
  }

  /** Runs one transaction; see {@link org.jadepost.adapter.api.client.SmtpClientConnection}. */
  public SmtpTransactionResult send(SmtpClientEnvelope envelope, InputStream content)
      throws SmtpClientException {
    try {
      if (dirty) {
        expect(command("RSET"), "RSET");
      }
      dirty = true;
      used = true;
      checkExtensions(envelope);
      Map<String, SmtpClientReply> refused = new LinkedHashMap<>();
      List<String> accepted = mailAndRecipients(envelope, refused);
      Map<String, SmtpClientReply> result = new LinkedHashMap<>(refused);
      if (!accepted.isEmpty()) {
        SmtpClientReply done = data(content);
        accepted.forEach(r -> result.put(r, done));
        dirty = false;
      }
      Map<String, SmtpClientReply> ordered = new LinkedHashMap<>();
      envelope.recipients().forEach(r -> ordered.put(r, result.get(r)));
      return new SmtpTransactionResult(remoteName, ordered);
    } catch (IOException e) {
      close();
      throw new SmtpClientException(destination + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether a session that ran transactions before is still usable: a pooled session may have been
   * dropped by the server while idle, which only an RSET finds out (RFC 5321 §4.1.1.5).
   */
  public boolean stillUsable() {
    if (!isOpen()) {
      return false;
    }
    if (!used) {
      return true;
    }
    try {
      boolean ok = command("RSET").isPositive();
      dirty = !ok;
      return ok;
    } catch (IOException e) {
      close();
      return false;
    }
  }

  /** Whether the socket is still usable (not closed by either side as far as we know). */
  public boolean isOpen() {
    return socket != null && !socket.isClosed();
  }

  /** Says QUIT (politely, without waiting long) and closes the socket. */
  @Override
  public void close() {
    if (socket == null || socket.isClosed()) {
      return;
    }
    try {
      socket.setSoTimeout(5000);
      write("QUIT");
      out.flush();
      replies.read();
    } catch (IOException | RuntimeException e) {
      // Closing anyway.
    } finally {
      try {
        socket.close();
      } catch (IOException e) {
        // Nothing left to do.
      }
    }
  }

  private void connect() throws IOException, SmtpClientException {
    socket = new Socket();
    socket.connect(
        new InetSocketAddress(destination.host(), destination.port()),
        (int) settings.connectTimeout().toMillis());
    streams();
    SmtpClientReply greeting = replies.read();
    expect(greeting, "greeting");
    remoteName = firstWord(greeting.text(), destination.host());
    hello();
    if (settings.startTls() && capabilities.has("STARTTLS")) {
      SmtpClientReply ready = command("STARTTLS");
      if (ready.code() == 220) {
        SSLSocket tls = OpportunisticTls.wrap(socket, destination.host());
        socket = tls;
        streams();
        hello(); // RFC 3207 §4.2: forget everything learnt before TLS.
      }
    }
    LOG.info(() -> "Connected to " + destination + " (" + remoteName + "), " + tlsState());
  }

  private String tlsState() {
    if (socket instanceof SSLSocket tls) {
      return "TLS " + tls.getSession().getProtocol() + " " + tls.getSession().getCipherSuite();
    }
    return capabilities.has("STARTTLS") ? "plain text (STARTTLS failed)" : "plain text (no TLS)";
  }

  private void hello() throws IOException, SmtpClientException {
    SmtpClientReply ehlo = command("EHLO " + settings.heloName());
    if (ehlo.code() == 250) {
      capabilities = EhloCapabilities.parse(replies.lastLines());
      return;
    }
    capabilities = EhloCapabilities.NONE;
    expect(command("HELO " + settings.heloName()), "HELO");
  }

  private void checkExtensions(SmtpClientEnvelope envelope) throws SmtpClientException {
    if (envelope.needsSmtpUtf8() && !capabilities.has("SMTPUTF8")) {
      throw new SmtpClientException(
          destination + " does not support SMTPUTF8",
          new SmtpClientReply(553, "5.6.7 The server does not support internationalized addresses"),
          null);
    }
    if (capabilities.sizeLimit().isPresent()
        && envelope.size() > capabilities.sizeLimit().getAsLong()) {
      throw new SmtpClientException(
          destination + " takes at most " + capabilities.sizeLimit().getAsLong() + " bytes",
          new SmtpClientReply(552, "5.3.4 Message too big for the destination server"),
          null);
    }
  }

  private List<String> mailAndRecipients(
      SmtpClientEnvelope envelope, Map<String, SmtpClientReply> refused)
      throws IOException, SmtpClientException {
    boolean pipelining = capabilities.has("PIPELINING");
    write("MAIL FROM:<" + envelope.reversePath() + ">" + mailParameters(envelope));
    SmtpClientReply mail = pipelining ? null : flushAndRead();
    for (String recipient : envelope.recipients()) {
      if (mail != null && !mail.isPositive()) {
        break;
      }
      write("RCPT TO:<" + recipient + ">");
      if (!pipelining) {
        refusedOrAccepted(recipient, flushAndRead(), refused);
      }
    }
    if (pipelining) {
      mail = flushAndRead();
      for (String recipient : envelope.recipients()) {
        refusedOrAccepted(recipient, replies.read(), refused);
      }
    }
    expect(mail, "MAIL");
    List<String> accepted = new ArrayList<>(envelope.recipients());
    accepted.removeAll(refused.keySet());
    return accepted;
  }

  private static void refusedOrAccepted(
      String recipient, SmtpClientReply reply, Map<String, SmtpClientReply> refused) {
    if (!reply.isPositive()) {
      refused.put(recipient, reply);
    }
  }

  private String mailParameters(SmtpClientEnvelope envelope) {
    StringBuilder parameters = new StringBuilder();
    if (capabilities.has("SIZE")) {
      parameters.append(" SIZE=").append(envelope.size());
    }
    if (envelope.eightBit() && capabilities.has("8BITMIME")) {
      parameters.append(" BODY=8BITMIME");
    }
    if (envelope.needsSmtpUtf8()) {
      parameters.append(" SMTPUTF8");
    }
    return parameters.toString();
  }

  private SmtpClientReply data(InputStream content) throws IOException, SmtpClientException {
    SmtpClientReply go = command("DATA");
    if (go.code() != 354) {
      throw new SmtpClientException(destination + " refused DATA: " + go, go, null);
    }
    DotStuffingOutputStream body = new DotStuffingOutputStream(out);
    content.transferTo(body);
    body.finish();
    socket.setSoTimeout((int) settings.dataTimeout().toMillis());
    try {
      return replies.read();
    } finally {
      socket.setSoTimeout((int) settings.commandTimeout().toMillis());
    }
  }

  private SmtpClientReply command(String line) throws IOException {
    write(line);
    return flushAndRead();
  }

  private SmtpClientReply flushAndRead() throws IOException {
    out.flush();
    return replies.read();
  }

  private void write(String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private void expect(SmtpClientReply reply, String what) throws SmtpClientException {
    if (!reply.isPositive()) {
      throw new SmtpClientException(destination + " refused " + what + ": " + reply, reply, null);
    }
  }

  private void streams() throws IOException {
    socket.setSoTimeout((int) settings.commandTimeout().toMillis());
    replies = new ReplyReader(socket.getInputStream());
    out = new BufferedOutputStream(socket.getOutputStream(), 8192);
  }

  private static String firstWord(String text, String fallback) {
    String word = text.trim().split("\\s+", 2)[0];
    return word.isEmpty() ? fallback : word;
  }
}
