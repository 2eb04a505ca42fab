package org.jadepost.adapter.pop3;

import java.util.Objects;

/**
 * The resolved, immutable settings of one POP3 listener. Built with {@link #builder()}.
 *
 * @param hostName the server's name in the greeting and the sign-off
 * @param allowPlainAuthWithoutTls whether USER/PASS and AUTH may run on an unprotected connection
 *     that is not from loopback (RFC 2595 §2.4 advises against it)
 * @param maxErrors errors after which the client is told goodbye and disconnected
 */
public record Pop3Configuration(String hostName, boolean allowPlainAuthWithoutTls, int maxErrors) {

  /** The name used when none is configured. */
  public static final String DEFAULT_HOST_NAME = "localhost";

  /** Bad commands before the connection is closed, as Dovecot's limit of 20 but stricter. */
  public static final int DEFAULT_MAX_ERRORS = 10;

  /** Checks the values. */
  public Pop3Configuration {
    Objects.requireNonNull(hostName, "hostName");
    if (maxErrors < 1) {
      throw new IllegalArgumentException("maxErrors must be positive");
    }
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pop3Configuration}; unset values keep their defaults. */
  public static final class Builder {
    private String hostName = DEFAULT_HOST_NAME;
    private boolean allowPlainAuthWithoutTls;
    private int maxErrors = DEFAULT_MAX_ERRORS;

    private Builder() {}

    /** Sets the host name. */
    public Builder hostName(String value) {
      hostName = value;
      return this;
    }

    /** Sets whether logins are allowed in clear on non-loopback connections. */
    public Builder allowPlainAuthWithoutTls(boolean value) {
      allowPlainAuthWithoutTls = value;
      return this;
    }

    /** Sets the error limit. */
    public Builder maxErrors(int value) {
      maxErrors = value;
      return this;
    }

    /** The configuration. */
    public Pop3Configuration build() {
      return new Pop3Configuration(hostName, allowPlainAuthWithoutTls, maxErrors);
    }
  }
}
