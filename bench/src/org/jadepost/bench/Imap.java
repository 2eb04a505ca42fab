package org.jadepost.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small blocking IMAP4rev1 client (RFC 3501): tagged commands, literals both ways. */
public final class Imap implements Closeable {

  /** A command's outcome: the tagged status, the untagged lines and the literal bytes read. */
  public record Reply(String status, String tagged, List<String> untagged, long literalBytes) {
    public boolean ok() {
      return "OK".equals(status);
    }

    /** How many untagged lines contain {@code word} (for example " FETCH "). */
    public int count(String word) {
      return (int) untagged.stream().filter(l -> l.contains(word)).count();
    }
  }

  private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)\\}$");
  private final Socket socket;
  private final Wire wire;
  private final OutputStream out;
  private int tags;
  public final String greeting;

  public Imap(int port) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
    socket.setSoTimeout(300_000);
    wire = new Wire(socket);
    out = socket.getOutputStream();
    greeting = wire.readLine();
    if (greeting == null || !greeting.startsWith("* OK")) {
      socket.close();
      throw new IOException("IMAP greeting: " + greeting);
    }
  }

  public static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  public Reply login(String user, String password) throws IOException {
    return command("LOGIN " + quote(user) + " " + quote(password));
  }

  public Reply command(String command) throws IOException {
    String tag = "a" + (++tags);
    out.write((tag + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    return read(tag);
  }

  /**
   * {@code head {n}} + literal + {@code tail} with a synchronizing literal: waits for the
   * server's continuation before sending the bytes.
   */
  public Reply literal(String head, byte[] literal, String tail) throws IOException {
    String tag = "a" + (++tags);
    out.write((tag + " " + head + " {" + literal.length + "}\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    List<String> untagged = new ArrayList<>();
    while (true) {
      String line = wire.readLine();
      if (line == null) {
        throw new IOException("connection closed before the continuation");
      }
      if (line.startsWith("+")) {
        break;
      }
      if (line.startsWith(tag + " ")) { // refused before the literal
        return new Reply(status(line, tag), line, untagged, 0);
      }
      untagged.add(line);
    }
    out.write(literal);
    out.write((tail + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    Reply r = read(tag);
    untagged.addAll(r.untagged());
    return new Reply(r.status(), r.tagged(), untagged, r.literalBytes());
  }

  private Reply read(String tag) throws IOException {
    List<String> untagged = new ArrayList<>();
    long literalBytes = 0;
    StringBuilder current = new StringBuilder();
    while (true) {
      String line = wire.readLine();
      if (line == null) {
        throw new IOException("connection closed waiting for " + tag
            + (untagged.isEmpty() ? "" : " after " + untagged.get(untagged.size() - 1)));
      }
      Matcher m = LITERAL.matcher(line);
      if (m.find()) { // a literal follows; the response goes on after it
        long n = Long.parseLong(m.group(1));
        literalBytes += wire.skip(n);
        current.append(line).append(" <").append(n).append(" bytes> ");
        continue;
      }
      current.append(line);
      String full = current.toString();
      current.setLength(0);
      if (full.startsWith(tag + " ")) {
        return new Reply(status(full, tag), full, untagged, literalBytes);
      }
      untagged.add(full);
    }
  }

  private static String status(String line, String tag) {
    String rest = line.substring(tag.length() + 1);
    int sp = rest.indexOf(' ');
    return sp < 0 ? rest : rest.substring(0, sp);
  }

  /** LOGOUT, then close; quietly. */
  public void logout() {
    try {
      command("LOGOUT");
    } catch (IOException e) {
      // closing anyway
    }
    close();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
