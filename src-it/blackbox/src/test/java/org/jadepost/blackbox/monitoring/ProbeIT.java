package org.jadepost.blackbox.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The diagnostic line protocol on the probe port, spoken over a plain socket. */
@ExtendWith(SharedJadepost.class)
class ProbeIT {

  private Socket socket;
  private BufferedReader in;
  private OutputStream out;

  @BeforeEach
  void connect(JadepostProcess server) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", server.ports().probe()), 5_000);
    socket.setSoTimeout(10_000);
    in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    out = socket.getOutputStream();
  }

  @AfterEach
  void close() throws IOException {
    socket.close();
  }

  @Test
  void connectShouldBeGreeted() throws IOException {
    assertThat(in.readLine()).isEqualTo("OK Jadepost probe ready");
  }

  @Test
  void pingShouldBeAnsweredWithPong() throws IOException {
    in.readLine();

    send("PING\r\n");

    assertThat(in.readLine()).isEqualTo("PONG");
  }

  @Test
  void statusShouldReportVersionAndDatabaseUp() throws IOException {
    in.readLine();

    send("STATUS\r\n");

    assertThat(in.readLine()).matches("OK version=\\S+ database=up");
  }

  @Test
  void pipelinedCommandsShouldBeAnsweredInOrder() throws IOException {
    in.readLine();

    send("PING\r\nSTATUS\r\nPING\r\nNOPE\r\nPING\r\n");

    assertThat(in.readLine()).isEqualTo("PONG");
    assertThat(in.readLine()).startsWith("OK version=");
    assertThat(in.readLine()).isEqualTo("PONG");
    assertThat(in.readLine()).startsWith("ERR");
    assertThat(in.readLine()).isEqualTo("PONG");
  }

  @Test
  void unknownCommandShouldBeAnsweredWithErrAndKeepConnection() throws IOException {
    in.readLine();

    send("HELO example.com\r\n");
    assertThat(in.readLine()).startsWith("ERR");
    send("PING\r\n");

    assertThat(in.readLine()).isEqualTo("PONG");
  }

  @Test
  void quitShouldSayByeAndClose() throws IOException {
    in.readLine();

    send("QUIT\r\n");

    assertThat(in.readLine()).startsWith("BYE");
    assertThat(nextLineOrClosed()).as("end of stream after BYE").isEmpty();
  }

  @Test
  void linesAfterQuitShouldNotBeAnswered() throws IOException {
    in.readLine();

    send("QUIT\r\nPING\r\n");

    assertThat(in.readLine()).startsWith("BYE");
    assertThat(nextLineOrClosed()).as("no PONG after BYE").isEmpty();
  }

  /** The next line, or empty once the server has closed (FIN or, with unread input, RST). */
  private Optional<String> nextLineOrClosed() throws IOException {
    try {
      return Optional.ofNullable(in.readLine());
    } catch (SocketException e) {
      return Optional.empty();
    }
  }

  private void send(String lines) throws IOException {
    out.write(lines.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
