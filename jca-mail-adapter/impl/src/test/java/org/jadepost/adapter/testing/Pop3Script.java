package org.jadepost.adapter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs one POP3 script in the James mpt format against a listener: {@code C:} lines are sent
 * (consecutive ones in one write, to test pipelining), {@code S:} lines are regular expressions for
 * reply lines. Directives: {@code RAW:} sends bytes with {@code \\r \\n \\0} escapes and no CRLF
 * added; {@code STARTTLS} does the client handshake; {@code CLOSED} expects the server to close;
 * {@code COMMITTED: regex} matches the unique ids of every commit so far (a list of lists); {@code
 * SECOND: regex} opens another connection from the same address and matches its first line.
 */
public final class Pop3Script {

  private final InMemoryPop3Listener listener;
  private final InetSocketAddress address;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private ProbeClient client;

  /** A script against the listener at {@code address}. */
  public Pop3Script(InMemoryPop3Listener listener, InetSocketAddress address) {
    this.listener = listener;
    this.address = address;
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
      pending.writeBytes((line.substring(Math.min(3, line.length())) + "\r\n").getBytes(UTF8));
    } else if (line.startsWith("RAW: ")) {
      pending.writeBytes(unescape(line.substring(5)).getBytes(UTF8));
    } else if (line.startsWith("S: ")) {
      flush();
      assertThat(client.readLine()).as("line %d", number).matches(line.substring(3));
    } else if (line.equals("STARTTLS")) {
      flush();
      client = new ProbeClient(TlsUpgrade.of(client, address));
    } else if (line.equals("CLOSED")) {
      flush();
      assertThat(client.closedByServer()).as("line %d", number).isTrue();
    } else if (line.startsWith("COMMITTED: ")) {
      flush();
      assertThat(listener.commits().toString()).as("line %d", number).matches(line.substring(11));
    } else if (line.startsWith("SECOND: ")) {
      flush();
      try (ProbeClient second = ProbeClient.connect(address)) {
        assertThat(second.readLine()).as("line %d", number).matches(line.substring(8));
        assertThat(second.closedByServer()).as("line %d", number).isTrue();
      }
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

  private static final Charset UTF8 = StandardCharsets.UTF_8;
}
