package org.jadepost.adapter.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.testing.ProbeEndpoints;
import org.jadepost.adapter.testing.TestBootstrapContext;
import org.jadepost.adapter.testing.TestWorkManager;

/**
 * A started {@link MailResourceAdapter} outside any server: a thread-pool WorkManager, a data
 * directory under the test's temporary folder, and counting probe endpoints; other endpoints can be
 * activated too.
 */
final class AdapterFixture {

  final TestWorkManager workManager = new TestWorkManager();
  final ProbeEndpoints endpoints;
  final MailResourceAdapter adapter;

  AdapterFixture(Path home, boolean transacted, Map<String, String> environment)
      throws ResourceException {
    Map<String, String> env = new HashMap<>(environment);
    env.put("JADEPOST_HOME", home.toString());
    env.put("JADEPOST_HOSTNAME", "mail.test");
    endpoints = new ProbeEndpoints(transacted);
    adapter = new MailResourceAdapter(ConfigLookup.of(env, Map.of()));
    adapter.start(new TestBootstrapContext(workManager));
  }

  AdapterFixture(Path home) throws ResourceException {
    this(home, false, Map.of());
  }

  /** A probe spec on a free port of the loopback interface. */
  ProbeActivationSpec spec(String tlsMode) {
    ProbeActivationSpec spec = new ProbeActivationSpec();
    spec.setListenerName("probe");
    spec.setPort(0);
    spec.setTlsMode(tlsMode);
    spec.setResourceAdapter(adapter);
    return spec;
  }

  /** Activates {@code spec} and returns the address it listens on. */
  InetSocketAddress activate(ProbeActivationSpec spec) throws ResourceException {
    adapter.endpointActivation(endpoints, spec);
    return adapter.localAddress(endpoints, spec).orElseThrow();
  }

  /** Activates {@code spec} for {@code endpoints} and returns the address it listens on. */
  InetSocketAddress activate(MessageEndpointFactory endpoints, MailActivationSpec spec)
      throws ResourceException {
    spec.setResourceAdapter(adapter);
    adapter.endpointActivation(endpoints, spec);
    return adapter.localAddress(endpoints, spec).orElseThrow();
  }

  /** Stops the adapter and waits for its event loop work to return. */
  void close() throws InterruptedException {
    adapter.stop();
    workManager.awaitNoLongWork(Duration.ofSeconds(10));
    workManager.close();
  }
}
