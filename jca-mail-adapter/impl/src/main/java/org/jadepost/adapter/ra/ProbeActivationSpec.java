package org.jadepost.adapter.ra;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.function.Supplier;
import org.jadepost.adapter.net.ProtocolHandler;
import org.jadepost.adapter.probe.ProbeProtocol;

/**
 * Activates a listener serving the probe protocol to an MDB that implements {@link
 * org.jadepost.adapter.api.ProbeListener}.
 */
public class ProbeActivationSpec extends MailActivationSpec {

  @Override
  Supplier<ProtocolHandler> protocol(MessageEndpointFactory endpoints) {
    return ProbeProtocol.handlers(endpoints);
  }
}
