package org.jadepost.blackbox.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TCP ports of one server start, all free on loopback when allocated. Every port the launcher
 * knows is set, including the mail ports not served yet, so that no test server ever takes a
 * default port another build on the same machine may be using.
 */
public record Ports(
    int http,
    int probe,
    int jmx,
    int smtp,
    int submission,
    int smtps,
    int imap,
    int imaps,
    int pop3,
    int pop3s) {

  /** Ten distinct ports that were free a moment ago. */
  public static Ports allocate() {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
      return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]);
    } catch (IOException e) {
      throw new UncheckedIOException("No free ports", e);
    } finally {
      sockets.forEach(Ports::closeQuietly);
    }
  }

  /** The launcher's environment variables for these ports (JMX only when {@code withJmx}). */
  Map<String, String> environment(boolean withJmx) {
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "JADEPOST_HTTP_PORT", String.valueOf(http),
                "JADEPOST_PROBE_PORT", String.valueOf(probe),
                "JADEPOST_SMTP_PORT", String.valueOf(smtp),
                "JADEPOST_SUBMISSION_PORT", String.valueOf(submission),
                "JADEPOST_SMTPS_PORT", String.valueOf(smtps),
                "JADEPOST_IMAP_PORT", String.valueOf(imap),
                "JADEPOST_IMAPS_PORT", String.valueOf(imaps),
                "JADEPOST_POP3_PORT", String.valueOf(pop3),
                "JADEPOST_POP3S_PORT", String.valueOf(pop3s)));
    if (withJmx) {
      env.put("JADEPOST_JMX_PORT", String.valueOf(jmx));
    }
    return env;
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing to do: the port is only a candidate.
    }
  }
}
