package org.jadepost.adapter.ra;

import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.function.Supplier;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ProtocolHandler;
import org.jadepost.adapter.net.TlsSettings;
import org.jadepost.adapter.pop3.Pop3Configuration;
import org.jadepost.adapter.pop3.Pop3Protocol;

/**
 * Activates a POP3 listener (RFC 1939) for an MDB that implements {@link
 * org.jadepost.adapter.api.pop3.Pop3Listener}: {@code pop3} with STARTTLS (STLS) and {@code pop3s}
 * with implicit TLS in the application. The host name comes from {@code JADEPOST_HOSTNAME}.
 */
public class Pop3ActivationSpec extends MailActivationSpec {

  /** RFC 1939 §3: the autologout timer must be at least 10 minutes. */
  public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 600;

  private Boolean allowPlainAuthWithoutTls = Boolean.FALSE;
  private Integer maxErrors = Pop3Configuration.DEFAULT_MAX_ERRORS;

  /** A spec with the POP3 autologout time as idle timeout. */
  public Pop3ActivationSpec() {
    setIdleTimeoutSeconds(DEFAULT_IDLE_TIMEOUT_SECONDS);
  }

  @Override
  Supplier<ProtocolHandler> protocol(MessageEndpointFactory endpoints) {
    return Pop3Protocol.handlers(configuration(lookup()), endpoints);
  }

  @Override
  public void validate() throws InvalidPropertyException {
    super.validate();
    if (maxErrors == null || maxErrors < 1) {
      throw new InvalidPropertyException("maxErrors must be positive: " + maxErrors);
    }
  }

  /** The POP3 settings of this activation. */
  Pop3Configuration configuration(ConfigLookup lookup) {
    return Pop3Configuration.builder()
        .hostName(TlsSettings.resolve(lookup).hostName())
        .allowPlainAuthWithoutTls(Boolean.TRUE.equals(allowPlainAuthWithoutTls))
        .maxErrors(maxErrors)
        .build();
  }

  /** Whether USER/PASS and AUTH are allowed in clear on non-loopback connections; false. */
  public Boolean getAllowPlainAuthWithoutTls() {
    return allowPlainAuthWithoutTls;
  }

  /** Sets whether logins are allowed in clear. */
  public void setAllowPlainAuthWithoutTls(Boolean allowPlainAuthWithoutTls) {
    this.allowPlainAuthWithoutTls = allowPlainAuthWithoutTls;
  }

  /** Invalid commands after which the client is disconnected. */
  public Integer getMaxErrors() {
    return maxErrors;
  }

  /** Sets the error limit. */
  public void setMaxErrors(Integer maxErrors) {
    this.maxErrors = maxErrors;
  }
}
