package org.jadepost.it.arquillian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jadepost.it.server.ItSettings;
import org.jadepost.it.server.LogFiles;
import org.jadepost.it.server.PayaraDomain;
import org.jadepost.it.server.PortBlock;
import org.jboss.arquillian.config.descriptor.api.ContainerDef;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.TestResult;
import org.jboss.arquillian.test.spi.event.suite.After;

/**
 * The domain the managed Payara container runs. Before the container is set up, creates the domain
 * it names ({@code domain} in arquillian.xml) from the installation's {@code domain1} and points
 * the container's {@code adminPort} at it. The managed container runs {@code asadmin start-domain}
 * itself, so Jadepost's settings (data directory, probe and mail ports, admin password) go in as
 * JVM system properties, which MicroProfile Config and the adapter read like the environment.
 * Prints the end of the server log when a test fails, and makes sure the server is gone at the end.
 */
public class ManagedPayaraDomain {

  private static final int LOG_LINES = 80;

  @Inject private Instance<ContainerRegistry> registry;
  @Inject private Instance<TestResult> testResult;

  private PayaraDomain domain;
  private Thread killer;

  public void prepare(@Observes BeforeSetup event) throws IOException {
    Container<?> container = container(event);
    ContainerDef definition = container.getContainerConfiguration();
    String payaraHome = definition.getContainerProperty("payaraHome");
    String name = definition.getContainerProperty("domain");
    if (payaraHome == null || name == null) {
      return;
    }
    Path work = ItSettings.freshWork("payara-arquillian");
    Path home = Files.createDirectories(work.resolve("jadepost-home"));
    PortBlock ports = PortBlock.find(PayaraDomain.DEFAULT_PORTS);
    Map<String, String> properties = new HashMap<>(ports.jadepostProperties());
    properties.put("jadepost.home", home.toString());
    properties.put("jadepost.admin.password", ItSettings.newAdminPassword());
    // Outbound mail goes to the tests' SMTP sink (the block's relay port); short retries so a
    // deferral is retried soon.
    properties.put("jadepost.outbound.retry-period", "PT30S");
    properties.put("jadepost.outbound.poll-interval", "PT1S");
    Path domains = Path.of(payaraHome).resolve("glassfish/domains");
    domain = PayaraDomain.create(Path.of(payaraHome), domains, name, ports, properties);
    definition.overrideProperty("adminHost", "127.0.0.1");
    definition.overrideProperty("adminPort", String.valueOf(domain.adminPort()));
    killer = new Thread(domain::kill, "kill " + domain.directory());
    Runtime.getRuntime().addShutdownHook(killer);
  }

  /** The server log tells why an in-container test or its deployment failed. */
  public void printLogOnFailure(@Observes After event) {
    TestResult result = testResult.get();
    if (domain != null && result != null && result.getStatus() == TestResult.Status.FAILED) {
      System.out.println(
          "Server log after the failure of "
              + event.getTestMethod().getName()
              + ":\n"
              + LogFiles.tail(domain.serverLog(), LOG_LINES));
    }
  }

  /** After {@code stop-domain}: kills a server that did not stop, and the JVM-exit hook goes. */
  public void cleanUp(@Observes AfterStop event) {
    if (domain != null) {
      domain.kill();
      Runtime.getRuntime().removeShutdownHook(killer);
    }
  }

  private Container<?> container(BeforeSetup event) {
    return registry.get().getContainers().stream()
        .filter(c -> c.getDeployableContainer() == event.getDeployableContainer())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No container for " + event));
  }
}
