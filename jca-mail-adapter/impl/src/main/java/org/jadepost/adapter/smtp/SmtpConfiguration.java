package org.jadepost.adapter.smtp;

import java.nio.file.Path;
import java.util.Objects;
import org.jadepost.adapter.api.SmtpListenerKind;

/**
 * The resolved, immutable settings of one SMTP listener. Built with {@link #builder(Path)}.
 *
 * @param kind MX or SUBMISSION
 * @param hostName the server's name in the greeting and EHLO reply
 * @param maxMessageSize the largest message in bytes (RFC 1870)
 * @param maxRecipients the most recipients per transaction (RFC 5321 §4.5.3.1.8 asks for 100)
 * @param authRequired whether MAIL needs a prior AUTH
 * @param allowPlainAuthWithoutTls whether AUTH may run on an unprotected non-loopback connection
 * @param vrfyEnabled whether VRFY answers 252 instead of 502
 * @param maxErrors errors after which the connection gets 421 and is closed
 * @param spoolDirectory where DATA is written, {@code <JADEPOST_HOME>/spool/incoming}
 */
public record SmtpConfiguration(
    SmtpListenerKind kind,
    String hostName,
    long maxMessageSize,
    int maxRecipients,
    boolean authRequired,
    boolean allowPlainAuthWithoutTls,
    boolean vrfyEnabled,
    int maxErrors,
    Path spoolDirectory) {

  /** 25 MB, a common provider limit. */
  public static final long DEFAULT_MAX_MESSAGE_SIZE = 25L * 1024 * 1024;

  /** RFC 5321 §4.5.3.1.8: at least 100 recipients must be buffered. */
  public static final int DEFAULT_MAX_RECIPIENTS = 100;

  /** Errors before 421, as Postfix's smtpd_hard_error_limit (20) but stricter. */
  public static final int DEFAULT_MAX_ERRORS = 10;

  /** Checks the values. */
  public SmtpConfiguration {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(hostName, "hostName");
    Objects.requireNonNull(spoolDirectory, "spoolDirectory");
    if (maxMessageSize < 1 || maxRecipients < 1 || maxErrors < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** A builder with the defaults, spooling into {@code spoolDirectory}. */
  public static Builder builder(Path spoolDirectory) {
    return new Builder(spoolDirectory);
  }

  /** Builds a {@link SmtpConfiguration}; unset values keep their defaults. */
  public static final class Builder {
    private final Path spoolDirectory;
    private SmtpListenerKind kind = SmtpListenerKind.MX;
    private String hostName = "localhost";
    private long maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
    private int maxRecipients = DEFAULT_MAX_RECIPIENTS;
    private Boolean authRequired;
    private boolean allowPlainAuthWithoutTls;
    private boolean vrfyEnabled;
    private int maxErrors = DEFAULT_MAX_ERRORS;

    private Builder(Path spoolDirectory) {
      this.spoolDirectory = spoolDirectory;
    }

    /** Sets the kind; AUTH is required by default on SUBMISSION only. */
    public Builder kind(SmtpListenerKind value) {
      kind = value;
      return this;
    }

    /** Sets the host name. */
    public Builder hostName(String value) {
      hostName = value;
      return this;
    }

    /** Sets the message size limit. */
    public Builder maxMessageSize(long value) {
      maxMessageSize = value;
      return this;
    }

    /** Sets the recipient limit. */
    public Builder maxRecipients(int value) {
      maxRecipients = value;
      return this;
    }

    /** Sets whether AUTH is required; null means "on SUBMISSION". */
    public Builder authRequired(Boolean value) {
      authRequired = value;
      return this;
    }

    /** Sets whether AUTH is allowed without TLS. */
    public Builder allowPlainAuthWithoutTls(boolean value) {
      allowPlainAuthWithoutTls = value;
      return this;
    }

    /** Sets whether VRFY is enabled. */
    public Builder vrfyEnabled(boolean value) {
      vrfyEnabled = value;
      return this;
    }

    /** Sets the error limit. */
    public Builder maxErrors(int value) {
      maxErrors = value;
      return this;
    }

    /** The configuration. */
    public SmtpConfiguration build() {
      boolean auth = authRequired != null ? authRequired : kind == SmtpListenerKind.SUBMISSION;
      return new SmtpConfiguration(
          kind,
          hostName,
          maxMessageSize,
          maxRecipients,
          auth,
          allowPlainAuthWithoutTls,
          vrfyEnabled,
          maxErrors,
          spoolDirectory);
    }
  }
}
