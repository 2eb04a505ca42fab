package org.jadepost.monitoring.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import java.util.Locale;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.ProbeListener;

/**
 * The diagnostic probe listener (port {@code jadepost.probe.port}, default 2119): a line protocol
 * that lets an operator or a health check see that sockets reach the application. Commands: {@code
 * PING}, {@code STATUS}, {@code QUIT}. It tells nothing about tenants.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "probe"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2119")
    })
public class ProbeEndpoint implements ProbeListener {

  @Inject ServerStatistics statistics;

  @Override
  public String greet(ConnectionInfo connection) {
    return "OK Jadepost probe ready";
  }

  @Override
  public String reply(ConnectionInfo connection, String line) {
    String command = line.strip().toUpperCase(Locale.ROOT);
    return switch (command) {
      case "PING" -> "PONG";
      case "STATUS" -> "OK version=" + statistics.status().version() + " database=" + database();
      case "QUIT" -> "BYE";
      default -> "ERR unknown command";
    };
  }

  private String database() {
    return statistics.databaseUp() ? "up" : "down";
  }
}
