package org.jadepost.adapter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jadepost.adapter.testing.InMemorySmtpListener.Delivery;

/**
 * Runs one SMTP script in the James mpt format against a listener. Consecutive {@code C:} lines go
 * out in one write, so a script tests pipelining by listing several commands before their replies.
 * Directives: {@code RAW:} sends bytes with {@code \\r \\n \\0} escapes and no CRLF added; {@code
 * STARTTLS} does the client handshake; {@code CLOSED} expects the server to close; {@code
 * DELIVERED: n} checks the number of accepted messages; {@code M:} lines (joined with CRLF) must
 * equal the last accepted message byte for byte; {@code ENVELOPE:} is a regex for the last
 * envelope; {@code SPOOL-EMPTY} checks that no spool file is left.
 */
public final class SmtpScript {
  private final InMemorySmtpListener listener;
  private final InetSocketAddress address;
  private final Path spool;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final StringBuilder expectedMessage = new StringBuilder();
  private ProbeClient client;
  private String expectedEnvelope;

  /** A script against the listener at {@code address}, spooling into {@code spool}. */
  public SmtpScript(InMemorySmtpListener listener, InetSocketAddress address, Path spool) {
    this.listener = listener;
    this.address = address;
    this.spool = spool;
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
      checkLastDelivery();
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
      String reply = client.readLine();
      assertThat(reply).as("line %d", number).matches(line.substring(3));
    } else if (line.startsWith("M: ") || line.equals("M:")) {
      expectedMessage.append(line.substring(Math.min(3, line.length()))).append("\r\n");
    } else if (line.startsWith("ENVELOPE: ")) {
      expectedEnvelope = line.substring(10);
    } else if (line.startsWith("DELIVERED: ")) {
      flush();
      assertThat(listener.deliveries())
          .as("line %d", number)
          .hasSize(Integer.parseInt(line.substring(11).trim()));
    } else if (line.equals("STARTTLS")) {
      flush();
      client = new ProbeClient(TlsUpgrade.of(client, address));
    } else if (line.equals("CLOSED")) {
      flush();
      assertThat(client.closedByServer()).as("line %d", number).isTrue();
    } else if (line.equals("SPOOL-EMPTY")) {
      assertThat(spoolFiles()).as("line %d", number).isEmpty();
      assertThat(listener.failedSpoolFiles()).allMatch(f -> !Files.exists(f));
    }
  }

  private void flush() throws IOException {
    if (pending.size() > 0) {
      client.socket().getOutputStream().write(pending.toByteArray());
      client.socket().getOutputStream().flush();
      pending.reset();
    }
  }

  private void checkLastDelivery() {
    List<Delivery> deliveries = listener.deliveries();
    if (expectedMessage.length() > 0) {
      assertThat(deliveries).isNotEmpty();
      byte[] content = deliveries.get(deliveries.size() - 1).content();
      assertThat(new String(content, UTF8)).isEqualTo(expectedMessage.toString());
      assertThat(content).isEqualTo(expectedMessage.toString().getBytes(UTF8));
    }
    if (expectedEnvelope != null) {
      assertThat(deliveries.get(deliveries.size() - 1).envelope().toString())
          .matches(expectedEnvelope);
    }
  }

  private List<Path> spoolFiles() throws IOException {
    if (!Files.isDirectory(spool)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spool)) {
      return files.toList();
    }
  }

  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0");
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;
}
