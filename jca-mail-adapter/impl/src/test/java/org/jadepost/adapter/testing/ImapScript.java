package org.jadepost.adapter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one IMAP script in the James mpt format against a listener at an address: {@code C:} lines
 * are sent with CRLF (consecutive ones in one write, so pipelining is tested), {@code S:} lines are
 * regular expressions each matching one server line. Directives: {@code RAW:} sends bytes with
 * {@code \r \n \0} escapes and no CRLF added; {@code CLOSED} expects the server to close; {@code
 * DELIVER: text} hands the text (with {@code \r\n} escapes) to {@code deliver}, which stores a
 * message in INBOX as another session would. Lines starting with {@code #} and {@code SPEC:} are
 * ignored here. The runner needs only a socket, so src-it can run the same files against the
 * deployed server (with a {@code deliver} that sends over SMTP).
 */
public final class ImapScript {

  private final InetSocketAddress address;
  private final Consumer<String> deliver;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private ProbeClient client;

  /** A script against the server at {@code address}. */
  public ImapScript(InetSocketAddress address, Consumer<String> deliver) {
    this.address = address;
    this.deliver = deliver;
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
    } finally {
      client.close();
    }
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
    } else if (line.startsWith("DELIVER: ")) {
      flush();
      deliver.accept(unescape(line.substring(9)));
    } else if (line.equals("CLOSED")) {
      flush();
      assertThat(client.closedByServer()).as("line %d", number).isTrue();
    }
  }

  private void flush() throws IOException {
    if (pending.size() > 0) {
      client.socket().getOutputStream().write(pending.toByteArray());
      client.socket().getOutputStream().flush();
      pending.reset();
    }
  }

  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0");
  }
}
