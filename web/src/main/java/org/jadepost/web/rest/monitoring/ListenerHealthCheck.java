package org.jadepost.web.rest.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the mail adapter's listeners accept connections. It connects to each configured
 * port on the bind address, the same settings the adapter resolves, so a listener that failed to
 * bind shows here.
 */
@Readiness
@ApplicationScoped
public class ListenerHealthCheck implements HealthCheck {

  private static final int TIMEOUT_MS = 1000;

  @Inject
  @ConfigProperty(name = "jadepost.bind", defaultValue = "127.0.0.1")
  String bind;

  @Inject
  @ConfigProperty(name = "jadepost.probe.port", defaultValue = "2119")
  int probePort;

  @Inject
  @ConfigProperty(name = "jadepost.smtp.port", defaultValue = "2525")
  int smtpPort;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("listeners");
    boolean probe = accepts(probePort);
    boolean smtp = accepts(smtpPort);
    response.withData("probe", probePort + (probe ? " up" : " down"));
    response.withData("smtp", smtpPort + (smtp ? " up" : " down"));
    return response.status(probe && smtp).build();
  }

  private boolean accepts(int port) {
    String host = "0.0.0.0".equals(bind) || "::".equals(bind) ? "127.0.0.1" : bind;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
