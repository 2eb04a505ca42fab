package org.jadepost.adapter.ra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.jadepost.adapter.api.imap.MessageContent;
import org.jadepost.adapter.testing.ImapEndpoints;
import org.jadepost.adapter.testing.ProbeClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FETCH of a 25 MB message over a real connection: the message exists only as a generator, and
 * while the client stops reading the server must not have read much further than the socket buffers
 * hold, which shows the body is streamed at the client's pace and never held whole.
 */
class ImapFetchStreamingTest {

  private static final long BODY = 25L * 1024 * 1024;
  private static final String HEADER = "Subject: big\r\nContent-Type: text/plain\r\n\r\n";

  @TempDir Path home;
  private final ImapEndpoints endpoints = new ImapEndpoints();
  private final GeneratedMessage message = new GeneratedMessage();
  private AdapterFixture fixture;
  private InetSocketAddress address;

  @BeforeEach
  void start() throws Exception {
    fixture = new AdapterFixture(home);
    ImapActivationSpec spec = new ImapActivationSpec();
    spec.setListenerName("imap");
    spec.setPort(0);
    address = fixture.activate(endpoints, spec);
    endpoints.listener().deliver("INBOX", message.size(), message);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void fetchShouldStreamTheBodyAtTheClientsPaceWhenTheMessageIsLarge() throws Exception {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(64 * 1024);
    socket.connect(address, 5000);
    try (ProbeClient client = new ProbeClient(socket)) {
      client.readLine();
      client.send("a1 LOGIN alice@example.org secret\r\na2 SELECT INBOX\r\n");
      while (!client.readLine().startsWith("a2 OK")) {
        // the SELECT data
      }
      client.send("a3 FETCH 1 (RFC822.SIZE BODY.PEEK[])\r\n");

      assertThat(client.readLine())
          .isEqualTo(
              "* 1 FETCH (RFC822.SIZE " + message.size() + " BODY[] {" + message.size() + "}");
      InputStream in = socket.getInputStream();
      CRC32 received = new CRC32();
      received.update(in.readNBytes(1024 * 1024));
      Thread.sleep(500);
      assertThat(message.readByLastOpen.get()).isLessThan(BODY / 2);
      long rest = message.size() - 1024 * 1024;
      byte[] buffer = new byte[64 * 1024];
      while (rest > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, rest));
        assertThat(read).isPositive();
        received.update(buffer, 0, read);
        rest -= read;
      }
      assertThat(received.getValue()).isEqualTo(message.checksum());
      assertThat(client.readLine()).isEqualTo(")");
      assertThat(client.readLine()).isEqualTo("a3 OK FETCH completed");
    }
  }

  @Test
  void fetchShouldSendThePartialRangeWhenTheMessageIsLarge() throws Exception {
    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      client.send("a1 LOGIN alice@example.org secret\r\na2 EXAMINE INBOX\r\n");
      while (!client.readLine().startsWith("a2 OK")) {
        // the EXAMINE data
      }
      client.send("a3 FETCH 1 (BODY[TEXT]<20000000.8> BODYSTRUCTURE)\r\n");

      assertThat(client.readLine()).isEqualTo("* 1 FETCH (BODY[TEXT]<20000000> {8}");
      byte[] range = client.socket().getInputStream().readNBytes(8);
      assertThat(range).isEqualTo(message.bodyBytes(20_000_000, 8));
      assertThat(client.readLine())
          .isEqualTo(
              " BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" "
                  + BODY
                  + " "
                  + BODY / 64
                  + " NIL NIL NIL NIL))");
      assertThat(client.readLine()).isEqualTo("a3 OK FETCH completed");
    }
  }

  /**
   * A header and lines of 62 letters and CRLF, made while read; remembers the last read's length.
   */
  private static final class GeneratedMessage implements MessageContent {
    private static final long serialVersionUID = 1L;
    final transient AtomicLong readByLastOpen = new AtomicLong();

    long size() {
      return HEADER.length() + BODY;
    }

    static int bodyByte(long position) {
      int column = (int) (position % 64);
      return column == 62
          ? '\r'
          : column == 63 ? '\n' : 'a' + (int) ((position / 64 + column) % 26);
    }

    byte[] bodyBytes(long from, int length) {
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) bodyByte(from + i);
      }
      return bytes;
    }

    long checksum() {
      CRC32 crc = new CRC32();
      crc.update(HEADER.getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      for (long at = 0; at < BODY; at += chunk.length) {
        for (int i = 0; i < chunk.length; i++) {
          chunk[i] = (byte) bodyByte(at + i);
        }
        crc.update(chunk);
      }
      return crc.getValue();
    }

    @Override
    public InputStream open() {
      AtomicLong position = new AtomicLong();
      readByLastOpen.set(0);
      byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
      return new InputStream() {
        @Override
        public int read() {
          long at = position.get();
          if (at >= size()) {
            return -1;
          }
          position.incrementAndGet();
          readByLastOpen.incrementAndGet();
          return at < header.length ? header[(int) at] : bodyByte(at - header.length);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (position.get() >= size()) {
            return -1;
          }
          int n = (int) Math.min(len, size() - position.get());
          for (int i = 0; i < n; i++) {
            b[off + i] = (byte) read();
          }
          return n;
        }
      };
    }
  }
}
