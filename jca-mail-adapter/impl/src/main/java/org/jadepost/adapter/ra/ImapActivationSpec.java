package org.jadepost.adapter.ra;

import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jadepost.adapter.events.InMemoryMailboxEventBus;
import org.jadepost.adapter.events.MailboxEventBus;
import org.jadepost.adapter.imap.ImapConfiguration;
import org.jadepost.adapter.imap.ImapProtocol;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ProtocolHandler;
import org.jadepost.adapter.net.TlsSettings;

/**
 * Activates an IMAP listener (RFC 3501) for an MDB that implements {@link
 * org.jadepost.adapter.api.imap.ImapListener}: {@code imap} on 2143 with STARTTLS and {@code imaps}
 * on 2993 with implicit TLS. APPEND literals are spooled to {@code <JADEPOST_HOME>/spool/imap}.
 */
public class ImapActivationSpec extends MailActivationSpec {

  private Long maxMessageSize = ImapConfiguration.DEFAULT_MAX_MESSAGE_SIZE;
  private Boolean allowPlainAuthWithoutTls = Boolean.FALSE;

  /** An IMAP spec with the 30-minute autologout timer of RFC 3501 §5.4. */
  public ImapActivationSpec() {
    setIdleTimeoutSeconds(ImapConfiguration.DEFAULT_IDLE_TIMEOUT_SECONDS);
  }

  @Override
  Supplier<ProtocolHandler> protocol(MessageEndpointFactory endpoints) {
    MailboxEventBus events =
        getResourceAdapter() instanceof MailResourceAdapter adapter && adapter.events() != null
            ? adapter.events()
            : new InMemoryMailboxEventBus(Runnable::run);
    return ImapProtocol.handlers(configuration(lookup()), endpoints, events);
  }

  @Override
  public void validate() throws InvalidPropertyException {
    super.validate();
    if (maxMessageSize == null || maxMessageSize < 1) {
      throw new InvalidPropertyException("maxMessageSize must be positive: " + maxMessageSize);
    }
  }

  /** The IMAP settings of this activation. */
  ImapConfiguration configuration(ConfigLookup lookup) {
    Path spool = TlsSettings.dataDirectory(lookup).resolve("spool").resolve("imap");
    return ImapConfiguration.builder(spool)
        .maxMessageSize(maxMessageSize)
        .allowPlainAuthWithoutTls(Boolean.TRUE.equals(allowPlainAuthWithoutTls))
        .build();
  }

  private ConfigLookup lookup() {
    return getResourceAdapter() instanceof MailResourceAdapter adapter
        ? adapter.lookup()
        : ConfigLookup.system();
  }

  /** The largest APPEND literal in bytes; larger gets NO [TOOBIG]. */
  public Long getMaxMessageSize() {
    return maxMessageSize;
  }

  /** Sets the largest APPEND literal. */
  public void setMaxMessageSize(Long maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  /** Whether LOGIN is offered on clear connections that are not loopback. */
  public Boolean getAllowPlainAuthWithoutTls() {
    return allowPlainAuthWithoutTls;
  }

  /** Sets whether LOGIN is offered in clear. */
  public void setAllowPlainAuthWithoutTls(Boolean allowPlainAuthWithoutTls) {
    this.allowPlainAuthWithoutTls = allowPlainAuthWithoutTls;
  }
}
