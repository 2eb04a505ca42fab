package org.jadepost.adapter.client;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.outbound.NonTransactionalFactory;

/**
 * Creates pooled SMTP client sessions for the container; the outbound connection definition of
 * ra.xml. Sessions are matched by destination so each host and port has its own reusable sessions.
 * The EHLO name is {@code heloName}, else JADEPOST_HOSTNAME / jadepost.hostname, else this host's
 * name, the same name the listeners greet with.
 */
public class SmtpClientManagedConnectionFactory extends NonTransactionalFactory {

  private static final long serialVersionUID = 1L;

  private String heloName;
  private Integer connectTimeoutSeconds =
      (int) SmtpClientSettings.DEFAULT_CONNECT_TIMEOUT.toSeconds();
  private Integer commandTimeoutSeconds =
      (int) SmtpClientSettings.DEFAULT_COMMAND_TIMEOUT.toSeconds();
  private Boolean startTls = Boolean.TRUE;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new SmtpClientConnectionFactoryImpl(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new ResourceException("The SMTP client runs inside the application server only");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo request)
      throws ResourceException {
    if (!(request instanceof DestinationRequest destination)) {
      throw new ResourceException("An SMTP connection needs a destination");
    }
    try {
      return new SmtpClientManagedConnection(
          SmtpClientSession.open(destination.destination(), settings()), settings());
    } catch (SmtpClientException e) {
      ResourceException failure = new ResourceException(e.getMessage());
      failure.initCause(e);
      throw failure;
    }
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public ManagedConnection matchManagedConnections(
      Set candidates, Subject subject, ConnectionRequestInfo request) {
    if (!(request instanceof DestinationRequest destination)) {
      return null;
    }
    for (Object candidate : candidates) {
      if (candidate instanceof SmtpClientManagedConnection managed
          && managed.destination().equals(destination.destination())) {
        return managed;
      }
    }
    return null;
  }

  SmtpClientSettings settings() {
    return new SmtpClientSettings(
        resolvedHeloName(),
        Duration.ofSeconds(connectTimeoutSeconds),
        Duration.ofSeconds(commandTimeoutSeconds),
        SmtpClientSettings.DEFAULT_DATA_TIMEOUT,
        Boolean.TRUE.equals(startTls));
  }

  private String resolvedHeloName() {
    if (heloName != null && !heloName.isBlank()) {
      return heloName.trim();
    }
    return ConfigLookup.system()
        .find("JADEPOST_HOSTNAME", "jadepost.hostname")
        .orElseGet(SmtpClientManagedConnectionFactory::localHostName);
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getCanonicalHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  public String getHeloName() {
    return heloName;
  }

  public void setHeloName(String heloName) {
    this.heloName = heloName;
  }

  public Integer getConnectTimeoutSeconds() {
    return connectTimeoutSeconds;
  }

  public void setConnectTimeoutSeconds(Integer connectTimeoutSeconds) {
    this.connectTimeoutSeconds = connectTimeoutSeconds;
  }

  public Integer getCommandTimeoutSeconds() {
    return commandTimeoutSeconds;
  }

  public void setCommandTimeoutSeconds(Integer commandTimeoutSeconds) {
    this.commandTimeoutSeconds = commandTimeoutSeconds;
  }

  public Boolean getStartTls() {
    return startTls;
  }

  public void setStartTls(Boolean startTls) {
    this.startTls = startTls;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SmtpClientManagedConnectionFactory that
        && Objects.equals(heloName, that.heloName)
        && Objects.equals(connectTimeoutSeconds, that.connectTimeoutSeconds)
        && Objects.equals(commandTimeoutSeconds, that.commandTimeoutSeconds)
        && Objects.equals(startTls, that.startTls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(heloName, connectTimeoutSeconds, commandTimeoutSeconds, startTls);
  }
}
