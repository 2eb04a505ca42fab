package org.jadepost.adapter.net;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * The resolved, immutable settings of one listener.
 *
 * @param name the listener name, for example {@code smtp}; it appears in logs and {@link
 *     org.jadepost.adapter.api.ConnectionInfo}
 * @param address the address and port to bind; port 0 picks a free port
 * @param tlsMode how connections are protected
 * @param maxConnectionsPerIp connections one client address may hold at once
 * @param idleTimeout how long a client may stay silent before it is sent the protocol's goodbye
 * @param maxLineLength the longest accepted line in bytes, without its terminator
 * @param maxLiteralSize the largest literal a protocol may ask the reader for, in bytes
 */
public record ListenerConfiguration(
    String name,
    InetSocketAddress address,
    TlsMode tlsMode,
    Duration idleTimeout,
    int maxLineLength,
    int maxLiteralSize,
    int maxConnectionsPerIp) {

  /** Default idle timeout; RFC 5321 §4.5.3.2.7 asks for at least five minutes. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

  /** Default line limit, generous for SMTP's 1000 octets (RFC 5321 §4.5.3.1.6). */
  public static final int DEFAULT_MAX_LINE_LENGTH = LineDecoder.DEFAULT_MAX_LINE_LENGTH;

  /** Default literal limit; a literal is held in memory while it is read. */
  public static final int DEFAULT_MAX_LITERAL_SIZE = 16 * 1024 * 1024;

  /**
   * Default connections one client address may hold; like Postfix's
   * smtpd_client_connection_count_limit, enough for a busy office behind one NAT address.
   */
  public static final int DEFAULT_MAX_CONNECTIONS_PER_IP = 50;

  /** Checks the values. */
  public ListenerConfiguration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(tlsMode, "tlsMode");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
    }
    if (maxLineLength < 1 || maxLiteralSize < 0 || maxConnectionsPerIp < 1) {
      throw new IllegalArgumentException("line and literal limits must be positive");
    }
  }

  /** A configuration with default timeout and limits. */
  public static ListenerConfiguration of(String name, InetSocketAddress address, TlsMode tlsMode) {
    return new ListenerConfiguration(
        name,
        address,
        tlsMode,
        DEFAULT_IDLE_TIMEOUT,
        DEFAULT_MAX_LINE_LENGTH,
        DEFAULT_MAX_LITERAL_SIZE,
        DEFAULT_MAX_CONNECTIONS_PER_IP);
  }
}
