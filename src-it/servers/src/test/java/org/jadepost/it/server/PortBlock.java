package org.jadepost.it.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A server's default ports shifted by one offset, all free on loopback a moment ago. One offset for
 * every port keeps the configuration readable (the HTTP port is always 8080 + offset) and leaves no
 * default port taken, so the tests coexist with a developer's server on 8080 and with other builds.
 * Offsets stay below the kernel's ephemeral range.
 */
public final class PortBlock {

  /** Jadepost's own listeners: the probe and the mail ports, as {@code bin/jadepost} names them. */
  public static final Map<String, Integer> JADEPOST_DEFAULTS =
      Map.of(
          "JADEPOST_PROBE_PORT", 2119,
          "JADEPOST_SMTP_PORT", 2525,
          "JADEPOST_SUBMISSION_PORT", 2587,
          "JADEPOST_SMTPS_PORT", 2465,
          "JADEPOST_IMAP_PORT", 2143,
          "JADEPOST_IMAPS_PORT", 2993,
          "JADEPOST_POP3_PORT", 2110,
          "JADEPOST_POP3S_PORT", 2995);

  private static final int RELAY_DEFAULT = 2526;
  private static final int MIN_OFFSET = 10_000;
  private static final int MAX_OFFSET = 23_000;
  private static final int ATTEMPTS = 200;

  private final int offset;

  private PortBlock(int offset) {
    this.offset = offset;
  }

  /** A block in which {@code serverDefaults} and Jadepost's defaults are all free. */
  public static PortBlock find(int... serverDefaults) {
    for (int i = 0; i < ATTEMPTS; i++) {
      int offset = ThreadLocalRandom.current().nextInt(MIN_OFFSET, MAX_OFFSET);
      PortBlock block = new PortBlock(offset);
      if (block.allFree(serverDefaults)) {
        return block;
      }
    }
    throw new IllegalStateException("No block of free ports found after " + ATTEMPTS + " tries");
  }

  public int offset() {
    return offset;
  }

  /** The port that replaces {@code defaultPort}. */
  public int port(int defaultPort) {
    return defaultPort + offset;
  }

  /** Where the tests' stand-in for the rest of the world's mail servers listens. */
  public int relayPort() {
    return port(RELAY_DEFAULT);
  }

  /**
   * The environment variables that move Jadepost's listeners into this block and send its outbound
   * mail to {@link #relayPort()}.
   */
  public Map<String, String> jadepostEnvironment() {
    Map<String, String> env = new TreeMap<>();
    JADEPOST_DEFAULTS.forEach((name, port) -> env.put(name, String.valueOf(port(port))));
    env.put("JADEPOST_OUTBOUND_RELAY", "127.0.0.1:" + relayPort());
    return env;
  }

  /** The same settings as MicroProfile Config / system property names ({@code jadepost.x.port}). */
  public Map<String, String> jadepostProperties() {
    Map<String, String> properties = new TreeMap<>();
    jadepostEnvironment()
        .forEach(
            (name, port) -> properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), port));
    return properties;
  }

  private boolean allFree(int[] serverDefaults) {
    for (int port : serverDefaults) {
      if (!free(port(port))) {
        return false;
      }
    }
    return free(relayPort())
        && JADEPOST_DEFAULTS.values().stream().allMatch(port -> free(port(port)));
  }

  private static boolean free(int port) {
    try {
      new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
