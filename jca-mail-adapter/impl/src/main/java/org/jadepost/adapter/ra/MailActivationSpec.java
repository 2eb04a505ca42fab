package org.jadepost.adapter.ra;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ListenerConfiguration;
import org.jadepost.adapter.net.ProtocolHandler;
import org.jadepost.adapter.net.TlsMode;

/**
 * The activation properties every mail listener shares. An MDB sets them with
 * {@code @ActivationConfigProperty}; the port and bind address may then be overridden from the
 * environment (see {@link ListenerSettings}). Each protocol extends this class and says which
 * protocol serves its connections.
 */
public abstract class MailActivationSpec implements ActivationSpec {

  /** Listener names become parts of environment variable names, so they are kept simple. */
  private static final Pattern LISTENER_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private ResourceAdapter resourceAdapter;
  private String listenerName;
  private Integer port;
  private String bindAddress;
  private String tlsMode = TlsMode.NONE.name();
  private Integer idleTimeoutSeconds = (int) ListenerConfiguration.DEFAULT_IDLE_TIMEOUT.toSeconds();
  private Integer maxLineLength = ListenerConfiguration.DEFAULT_MAX_LINE_LENGTH;
  private Integer maxLiteralSize = ListenerConfiguration.DEFAULT_MAX_LITERAL_SIZE;
  private Integer maxConnectionsPerIp = ListenerConfiguration.DEFAULT_MAX_CONNECTIONS_PER_IP;

  /** Where this activation reads deployment settings: the adapter's lookup, else the system's. */
  ConfigLookup lookup() {
    return resourceAdapter instanceof MailResourceAdapter adapter
        ? adapter.lookup()
        : ConfigLookup.system();
  }

  /** Creates the protocol handlers of one activation, delivering to {@code endpoints}. */
  abstract Supplier<ProtocolHandler> protocol(MessageEndpointFactory endpoints);

  @Override
  public void validate() throws InvalidPropertyException {
    if (listenerName == null || !LISTENER_NAME.matcher(listenerName).matches()) {
      throw new InvalidPropertyException(
          "listenerName must match " + LISTENER_NAME + ": " + listenerName);
    }
    if (port == null || port < 0 || port > 65535) {
      throw new InvalidPropertyException("port must be 0..65535: " + port);
    }
    tlsModeValue();
    requirePositive("idleTimeoutSeconds", idleTimeoutSeconds);
    requirePositive("maxLineLength", maxLineLength);
    requirePositive("maxLiteralSize", maxLiteralSize);
    requirePositive("maxConnectionsPerIp", maxConnectionsPerIp);
  }

  /** The TLS mode as an enum. */
  TlsMode tlsModeValue() throws InvalidPropertyException {
    try {
      return TlsMode.valueOf(String.valueOf(tlsMode).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidPropertyException("tlsMode must be NONE, STARTTLS or IMPLICIT: " + tlsMode);
    }
  }

  private static void requirePositive(String name, Integer value) throws InvalidPropertyException {
    if (value == null || value < 1) {
      throw new InvalidPropertyException(name + " must be positive: " + value);
    }
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter resourceAdapter) {
    this.resourceAdapter = resourceAdapter;
  }

  /** The listener name, for example {@code smtp} or {@code imaps}; it keys the environment. */
  public String getListenerName() {
    return listenerName;
  }

  /** Sets the listener name. */
  public void setListenerName(String listenerName) {
    this.listenerName = listenerName;
  }

  /** The port to use unless the environment overrides it; 0 picks a free port. */
  public Integer getPort() {
    return port;
  }

  /** Sets the port. */
  public void setPort(Integer port) {
    this.port = port;
  }

  /** The address to bind unless the environment overrides it; unset means 127.0.0.1. */
  public String getBindAddress() {
    return bindAddress;
  }

  /** Sets the bind address. */
  public void setBindAddress(String bindAddress) {
    this.bindAddress = bindAddress;
  }

  /** {@code NONE}, {@code STARTTLS} or {@code IMPLICIT}. */
  public String getTlsMode() {
    return tlsMode;
  }

  /** Sets the TLS mode. */
  public void setTlsMode(String tlsMode) {
    this.tlsMode = tlsMode;
  }

  /** Seconds a client may stay silent before it is disconnected. */
  public Integer getIdleTimeoutSeconds() {
    return idleTimeoutSeconds;
  }

  /** Sets the idle timeout in seconds. */
  public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) {
    this.idleTimeoutSeconds = idleTimeoutSeconds;
  }

  /** The longest accepted line in bytes, without its terminator. */
  public Integer getMaxLineLength() {
    return maxLineLength;
  }

  /** Sets the line limit. */
  public void setMaxLineLength(Integer maxLineLength) {
    this.maxLineLength = maxLineLength;
  }

  /** The largest literal the protocol may read, in bytes. */
  /** Connections one client address may hold at once; more get the protocol's "busy" reply. */
  public Integer getMaxConnectionsPerIp() {
    return maxConnectionsPerIp;
  }

  public void setMaxConnectionsPerIp(Integer maxConnectionsPerIp) {
    this.maxConnectionsPerIp = maxConnectionsPerIp;
  }

  public Integer getMaxLiteralSize() {
    return maxLiteralSize;
  }

  /** Sets the literal limit. */
  public void setMaxLiteralSize(Integer maxLiteralSize) {
    this.maxLiteralSize = maxLiteralSize;
  }
}
