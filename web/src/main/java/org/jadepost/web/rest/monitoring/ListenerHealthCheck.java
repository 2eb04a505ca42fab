package org.jadepost.web.rest.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
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

  @Inject
  @ConfigProperty(name = "jadepost.submission.port", defaultValue = "2587")
  int submissionPort;

  @Inject
  @ConfigProperty(name = "jadepost.smtps.port", defaultValue = "2465")
  int smtpsPort;

  @Inject
  @ConfigProperty(name = "jadepost.imap.port", defaultValue = "2143")
  int imapPort;

  @Inject
  @ConfigProperty(name = "jadepost.imaps.port", defaultValue = "2993")
  int imapsPort;

  @Inject
  @ConfigProperty(name = "jadepost.pop3.port", defaultValue = "2110")
  int pop3Port;

  @Inject
  @ConfigProperty(name = "jadepost.pop3s.port", defaultValue = "2995")
  int pop3sPort;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("listeners");
    Map<String, Integer> listeners = new LinkedHashMap<>();
    listeners.put("probe", probePort);
    listeners.put("smtp", smtpPort);
    listeners.put("submission", submissionPort);
    listeners.put("smtps", smtpsPort);
    listeners.put("imap", imapPort);
    listeners.put("imaps", imapsPort);
    listeners.put("pop3", pop3Port);
    listeners.put("pop3s", pop3sPort);
    boolean allUp = true;
    for (Map.Entry<String, Integer> listener : listeners.entrySet()) {
      boolean up = accepts(listener.getValue());
      response.withData(listener.getKey(), listener.getValue() + (up ? " up" : " down"));
      allUp &= up;
    }
    return response.status(allUp).build();
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
