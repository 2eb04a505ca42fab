package org.jadepost.adapter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs one protocol script in the James mpt format against a listener at an address, for any line
 * protocol (SMTP, IMAP, POP3). {@code C:} lines are sent with CRLF, consecutive ones in one write
 * so that pipelining is tested; {@code S:} lines are regular expressions each matching one server
 * line; {@code RAW:} sends bytes with {@code \r \n \0} escapes and no CRLF added; {@code CLOSED}
 * expects the server to close; lines starting with {@code #} and {@code SPEC:} (activation
 * settings, read by the test) are skipped. Other directives go to the protocol's {@link
 * Directives}.
 *
 * <p>It needs only a socket and AssertJ, so the same {@code .test} files can run against the
 * deployed server in src-it: depend on this module's test classes and give the server's address and
 * directives that act on the real server (for example a {@code DELIVER:} that submits over SMTP).
 */
public final class ProtocolScript {

  /** The directives of one protocol beyond the common ones. */
  public interface Directives {
    /**
     * Carries out {@code line} if it is one of this protocol's directives.
     *
     * @return false if the line is not one of them (it is then ignored)
     */
    boolean step(String line, int number, ProtocolScript script) throws Exception;

    /** Checks what the script expected of the whole session, after its last line. */
    default void finish() {}
  }

  private final InetSocketAddress address;
  private final Directives directives;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private ProbeClient client;

  /** A script against the server at {@code address} with {@code directives}. */
  public ProtocolScript(InetSocketAddress address, Directives directives) {
    this.address = address;
    this.directives = directives;
  }

  /** Runs the script {@code lines}. */
  public void execute(List<String> lines) throws Exception {
    client = ProbeClient.connect(address);
    try {
      int number = 0;
      for (String line : lines) {
        number++;
        step(line, number);
      }
      flush();
      directives.finish();
    } finally {
      client.close();
    }
  }

  /** The server's address. */
  public InetSocketAddress address() {
    return address;
  }

  /** The connection, for directives that act on it. */
  public ProbeClient client() {
    return client;
  }

  /** Continues on {@code upgraded}, for example the same socket after a TLS handshake. */
  public void client(ProbeClient upgraded) {
    client = upgraded;
  }

  /** Sends what the {@code C:} and {@code RAW:} lines queued. */
  public void flush() throws IOException {
    if (pending.size() > 0) {
      client.socket().getOutputStream().write(pending.toByteArray());
      client.socket().getOutputStream().flush();
      pending.reset();
    }
  }

  /** {@code text} with the escapes {@code \r \n \0} replaced. */
  public static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0");
  }

  private void step(String line, int number) throws Exception {
    if (line.startsWith("C: ") || line.equals("C:")) {
      pending.writeBytes(
          (line.substring(Math.min(3, line.length())) + "\r\n").getBytes(StandardCharsets.UTF_8));
    } else if (line.startsWith("RAW: ")) {
      pending.writeBytes(unescape(line.substring(5)).getBytes(StandardCharsets.UTF_8));
    } else if (line.startsWith("S: ")) {
      flush();
      String reply = client.readLine();
      assertThat(reply).as("line %d: %s", number, line).isNotNull().matches(line.substring(3));
    } else if (line.equals("CLOSED")) {
      flush();
      assertThat(client.closedByServer()).as("line %d", number).isTrue();
    } else if (!line.startsWith("#") && !line.startsWith("SPEC:")) {
      directives.step(line, number, this);
    }
  }
}
