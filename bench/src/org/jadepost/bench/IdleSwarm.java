package org.jadepost.bench;

import static org.jadepost.bench.Log.log;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Many IMAP connections on one thread and one Selector: each connects, reads the greeting, logs
 * in, selects INBOX and enters IDLE (RFC 2177); the swarm is ready when every one has its
 * continuation. At most {@code ramp} connections are being set up at once, so the servers see a
 * steady stream of logins rather than a SYN flood.
 */
public final class IdleSwarm implements AutoCloseable {
  enum State { CONNECTING, GREETING, LOGIN, SELECT, IDLE_WAIT, IDLING, FAILED }

  private static final class Conn {
    final SocketChannel channel;
    final ByteBuffer in = ByteBuffer.allocate(4096);
    State state = State.CONNECTING;

    Conn(SocketChannel channel) {
      this.channel = channel;
    }
  }

  private final int port;
  private final String user;
  private final String password;
  private final List<Conn> conns = new ArrayList<>();
  private Selector selector;
  private int idling;
  private int failed;
  private String firstFailure;

  public IdleSwarm(int port, String user, String password) {
    this.port = port;
    this.user = user;
    this.password = password;
  }

  /** Opens {@code n} connections and returns once all idle (or failed, or the time is up). */
  public int open(int n, int ramp, Duration timeout) throws IOException {
    selector = Selector.open();
    long deadline = System.nanoTime() + timeout.toNanos();
    long lastLog = System.nanoTime();
    int started = 0;
    while (idling + failed < n) {
      while (started < n && started - idling - failed < ramp) {
        SocketChannel ch = SocketChannel.open();
        ch.configureBlocking(false);
        Conn c = new Conn(ch);
        conns.add(c);
        started++;
        if (ch.connect(new InetSocketAddress("127.0.0.1", port))) {
          c.state = State.GREETING;
          ch.register(selector, SelectionKey.OP_READ, c);
        } else {
          ch.register(selector, SelectionKey.OP_CONNECT, c);
        }
      }
      selector.select(1000);
      for (SelectionKey key : selector.selectedKeys()) {
        Conn c = (Conn) key.attachment();
        try {
          if (key.isConnectable()) {
            c.channel.finishConnect();
            c.state = State.GREETING;
            key.interestOps(SelectionKey.OP_READ);
          } else if (key.isReadable()) {
            read(c);
          }
        } catch (IOException e) {
          fail(c, key, e.toString());
        }
      }
      selector.selectedKeys().clear();
      if (System.nanoTime() - lastLog > Duration.ofSeconds(10).toNanos()) {
        lastLog = System.nanoTime();
        log(String.format("  idle: %d of %d idling, %d failed, %d being set up", idling, n, failed,
            started - idling - failed));
      }
      if (System.nanoTime() > deadline) {
        log("  idle: time is up with " + idling + " of " + n + " idling");
        break;
      }
    }
    if (failed > 0) {
      log("  idle: " + failed + " connections failed; first: " + firstFailure);
    }
    return idling;
  }

  private void read(Conn c) throws IOException {
    int r = c.channel.read(c.in);
    if (r < 0) {
      throw new IOException("closed by the server in state " + c.state);
    }
    c.in.flip();
    int start = 0;
    for (int i = c.in.position(); i < c.in.limit(); i++) {
      if (c.in.get(i) == '\n') {
        byte[] raw = new byte[i - start];
        c.in.get(start, raw);
        onLine(c, new String(raw, StandardCharsets.UTF_8).strip());
        start = i + 1;
      }
    }
    c.in.position(start);
    c.in.compact();
    if (!c.in.hasRemaining()) {
      c.in.clear(); // a line longer than the buffer: nothing the bench waits for
    }
  }

  private void onLine(Conn c, String line) throws IOException {
    switch (c.state) {
      case GREETING -> {
        if (!line.startsWith("* OK")) {
          throw new IOException("greeting: " + line);
        }
        send(c, "a LOGIN " + Imap.quote(user) + " " + Imap.quote(password));
        c.state = State.LOGIN;
      }
      case LOGIN -> {
        if (line.startsWith("a ")) {
          if (!line.startsWith("a OK")) {
            throw new IOException("LOGIN: " + line);
          }
          send(c, "b SELECT INBOX");
          c.state = State.SELECT;
        }
      }
      case SELECT -> {
        if (line.startsWith("b ")) {
          if (!line.startsWith("b OK")) {
            throw new IOException("SELECT: " + line);
          }
          send(c, "c IDLE");
          c.state = State.IDLE_WAIT;
        }
      }
      case IDLE_WAIT -> {
        if (line.startsWith("+")) {
          c.state = State.IDLING;
          idling++;
        } else if (line.startsWith("c ")) {
          throw new IOException("IDLE: " + line);
        }
      }
      default -> {
        // IDLING: "* OK Still here" and the like
      }
    }
  }

  private static void send(Conn c, String command) throws IOException {
    ByteBuffer out = ByteBuffer.wrap((command + "\r\n").getBytes(StandardCharsets.UTF_8));
    c.channel.write(out);
    if (out.hasRemaining()) {
      throw new IOException("could not write a short command at once");
    }
  }

  private void fail(Conn c, SelectionKey key, String why) {
    if (c.state == State.IDLING) {
      idling--;
    }
    c.state = State.FAILED;
    failed++;
    if (firstFailure == null) {
      firstFailure = why;
    }
    key.cancel();
    try {
      c.channel.close();
    } catch (IOException e) {
      // gone
    }
  }

  /** Checks the idlers are still connected (reads what is pending); returns how many are. */
  public int stillIdling() throws IOException {
    selector.selectNow();
    for (SelectionKey key : selector.selectedKeys()) {
      Conn c = (Conn) key.attachment();
      try {
        if (key.isReadable()) {
          read(c);
        }
      } catch (IOException e) {
        fail(c, key, e.toString());
      }
    }
    selector.selectedKeys().clear();
    return idling;
  }

  public int failed() {
    return failed;
  }

  public String firstFailure() {
    return firstFailure;
  }

  @Override
  public void close() {
    for (Conn c : conns) {
      try {
        c.channel.close();
      } catch (IOException e) {
        // gone
      }
    }
    conns.clear();
    try {
      if (selector != null) {
        selector.close();
      }
    } catch (IOException e) {
      // gone
    }
  }
}
