package org.jadepost.adapter.ra;

import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.jadepost.adapter.api.SmtpListenerKind;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ProtocolHandler;
import org.jadepost.adapter.net.TlsSettings;
import org.jadepost.adapter.smtp.SmtpConfiguration;
import org.jadepost.adapter.smtp.SmtpProtocol;

/**
 * Activates an SMTP listener (RFC 5321) for an MDB that implements {@link
 * org.jadepost.adapter.api.SmtpListener}. Messages are spooled to {@code
 * <JADEPOST_HOME>/spool/incoming}; the host name comes from {@code JADEPOST_HOSTNAME}.
 */
public class SmtpActivationSpec extends MailActivationSpec {

  private String listenerKind = SmtpListenerKind.MX.name();
  private Long maxMessageSize = SmtpConfiguration.DEFAULT_MAX_MESSAGE_SIZE;
  private Integer maxRecipients = SmtpConfiguration.DEFAULT_MAX_RECIPIENTS;
  private Boolean authRequired;
  private Boolean allowPlainAuthWithoutTls = Boolean.FALSE;
  private Boolean vrfyEnabled = Boolean.FALSE;
  private Integer maxErrors = SmtpConfiguration.DEFAULT_MAX_ERRORS;

  @Override
  Supplier<ProtocolHandler> protocol(MessageEndpointFactory endpoints) {
    try {
      return SmtpProtocol.handlers(configuration(lookup()), endpoints);
    } catch (InvalidPropertyException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public void validate() throws InvalidPropertyException {
    super.validate();
    kind();
    if (maxMessageSize == null || maxMessageSize < 1) {
      throw new InvalidPropertyException("maxMessageSize must be positive: " + maxMessageSize);
    }
    if (maxRecipients == null || maxRecipients < 1 || maxErrors == null || maxErrors < 1) {
      throw new InvalidPropertyException("maxRecipients and maxErrors must be positive");
    }
  }

  /** The SMTP settings of this activation. */
  SmtpConfiguration configuration(ConfigLookup lookup) throws InvalidPropertyException {
    TlsSettings tls = TlsSettings.resolve(lookup);
    Path spool = TlsSettings.dataDirectory(lookup).resolve("spool").resolve("incoming");
    return SmtpConfiguration.builder(spool)
        .kind(kind())
        .hostName(tls.hostName())
        .maxMessageSize(maxMessageSize)
        .maxRecipients(maxRecipients)
        .authRequired(authRequired)
        .allowPlainAuthWithoutTls(Boolean.TRUE.equals(allowPlainAuthWithoutTls))
        .vrfyEnabled(Boolean.TRUE.equals(vrfyEnabled))
        .maxErrors(maxErrors)
        .build();
  }

  private SmtpListenerKind kind() throws InvalidPropertyException {
    try {
      return SmtpListenerKind.valueOf(String.valueOf(listenerKind).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidPropertyException("listenerKind must be MX or SUBMISSION: " + listenerKind);
    }
  }

  /** {@code MX} (inbound from other servers) or {@code SUBMISSION} (from users, AUTH). */
  public String getListenerKind() {
    return listenerKind;
  }

  /** Sets the listener kind. */
  public void setListenerKind(String listenerKind) {
    this.listenerKind = listenerKind;
  }

  /** The largest message in bytes, advertised as SIZE (RFC 1870). */
  public Long getMaxMessageSize() {
    return maxMessageSize;
  }

  /** Sets the message size limit. */
  public void setMaxMessageSize(Long maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  /** The most recipients per message; more get 452 4.5.3. */
  public Integer getMaxRecipients() {
    return maxRecipients;
  }

  /** Sets the recipient limit. */
  public void setMaxRecipients(Integer maxRecipients) {
    this.maxRecipients = maxRecipients;
  }

  /** Whether MAIL needs AUTH first; unset means true on SUBMISSION, false on MX. */
  public Boolean getAuthRequired() {
    return authRequired;
  }

  /** Sets whether AUTH is required. */
  public void setAuthRequired(Boolean authRequired) {
    this.authRequired = authRequired;
  }

  /** Whether AUTH is offered without TLS on non-loopback connections; false by default. */
  public Boolean getAllowPlainAuthWithoutTls() {
    return allowPlainAuthWithoutTls;
  }

  /** Sets whether AUTH is allowed in clear. */
  public void setAllowPlainAuthWithoutTls(Boolean allowPlainAuthWithoutTls) {
    this.allowPlainAuthWithoutTls = allowPlainAuthWithoutTls;
  }

  /** Whether VRFY answers 252 (true) or 502 (false, the default). */
  public Boolean getVrfyEnabled() {
    return vrfyEnabled;
  }

  /** Sets whether VRFY is enabled. */
  public void setVrfyEnabled(Boolean vrfyEnabled) {
    this.vrfyEnabled = vrfyEnabled;
  }

  /** Errors after which the client gets 421 4.7.0 and is disconnected. */
  public Integer getMaxErrors() {
    return maxErrors;
  }

  /** Sets the error limit. */
  public void setMaxErrors(Integer maxErrors) {
    this.maxErrors = maxErrors;
  }

  /** Seconds a client may stay silent (RFC 5321 §4.5.3.2.7); the same as idleTimeoutSeconds. */
  public Integer getCommandTimeoutSeconds() {
    return getIdleTimeoutSeconds();
  }

  /** Sets the command timeout, that is the idle timeout of this listener. */
  public void setCommandTimeoutSeconds(Integer commandTimeoutSeconds) {
    setIdleTimeoutSeconds(commandTimeoutSeconds);
  }
}
