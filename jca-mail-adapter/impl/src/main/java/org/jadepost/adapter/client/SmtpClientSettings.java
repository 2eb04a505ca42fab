package org.jadepost.adapter.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client behaves: the name it gives in EHLO and its timeouts (RFC 5321 §4.5.3.2 suggests
 * five minutes per command and ten for the final dot).
 *
 * @param heloName this server's name for EHLO/HELO
 * @param connectTimeout how long to wait for the TCP connection
 * @param commandTimeout how long to wait for a reply
 * @param dataTimeout how long to wait for the reply to the final dot
 * @param startTls whether to upgrade with STARTTLS when offered
 */
public record SmtpClientSettings(
    String heloName,
    Duration connectTimeout,
    Duration commandTimeout,
    Duration dataTimeout,
    boolean startTls) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(5);
  public static final Duration DEFAULT_DATA_TIMEOUT = Duration.ofMinutes(10);

  public SmtpClientSettings {
    Objects.requireNonNull(heloName, "heloName");
  }

  /** The defaults with {@code heloName}. */
  public static SmtpClientSettings of(String heloName) {
    return new SmtpClientSettings(
        heloName, DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT, DEFAULT_DATA_TIMEOUT, true);
  }
}
