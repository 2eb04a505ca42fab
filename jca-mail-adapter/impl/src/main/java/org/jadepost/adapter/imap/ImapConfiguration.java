package org.jadepost.adapter.imap;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The immutable settings of one IMAP listener, built with {@link #builder(Path)}.
 *
 * @param spool where APPEND literals are streamed
 * @param maxMessageSize the largest APPEND literal, as SMTP's largest message
 * @param allowPlainAuthWithoutTls whether LOGIN is offered on clear non-loopback connections
 */
public record ImapConfiguration(Path spool, long maxMessageSize, boolean allowPlainAuthWithoutTls) {

  /** Default largest message: 25 MiB, as SMTP. */
  public static final long DEFAULT_MAX_MESSAGE_SIZE = 25L * 1024 * 1024;

  /** Default idle timeout: 30 minutes (RFC 3501 §5.4 asks for at least 30). */
  public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 30 * 60;

  /** Checks the values. */
  public ImapConfiguration {
    Objects.requireNonNull(spool, "spool");
    if (maxMessageSize < 1) {
      throw new IllegalArgumentException("maxMessageSize must be positive");
    }
  }

  /** A builder with the defaults. */
  public static Builder builder(Path spool) {
    return new Builder(spool);
  }

  /** Builds an {@link ImapConfiguration}. */
  public static final class Builder {
    private final Path spool;
    private long maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
    private boolean allowPlainAuthWithoutTls;

    private Builder(Path spool) {
      this.spool = spool;
    }

    /** Sets the largest APPEND literal. */
    public Builder maxMessageSize(long value) {
      maxMessageSize = value;
      return this;
    }

    /** Sets whether LOGIN is offered in clear off loopback. */
    public Builder allowPlainAuthWithoutTls(boolean value) {
      allowPlainAuthWithoutTls = value;
      return this;
    }

    /** The configuration. */
    public ImapConfiguration build() {
      return new ImapConfiguration(spool, maxMessageSize, allowPlainAuthWithoutTls);
    }
  }
}
