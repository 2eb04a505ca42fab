package org.jadepost.adapter.ra;

import jakarta.resource.spi.InvalidPropertyException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ListenerConfiguration;

/**
 * Resolves the effective settings of a listener so that deployments are configured through the
 * environment rather than by editing MDB annotations. For a listener named {@code n}:
 *
 * <ul>
 *   <li>port: {@code JADEPOST_<N>_PORT}, else {@code jadepost.<n>.port}, else the spec's port;
 *   <li>bind address: {@code JADEPOST_BIND}, else {@code jadepost.bind}, else the spec's bind
 *       address, else {@value #DEFAULT_BIND_ADDRESS}.
 * </ul>
 */
public final class ListenerSettings {

  /** Listeners stay private to the host unless an address is configured. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  private ListenerSettings() {}

  /**
   * The effective configuration of {@code spec}.
   *
   * @throws InvalidPropertyException if the spec or an override is invalid
   */
  public static ListenerConfiguration resolve(MailActivationSpec spec, ConfigLookup lookup)
      throws InvalidPropertyException {
    spec.validate();
    String name = spec.getListenerName();
    InetSocketAddress address =
        new InetSocketAddress(
            bindAddress(spec.getBindAddress(), lookup), port(name, spec.getPort(), lookup));
    if (address.isUnresolved()) {
      throw new InvalidPropertyException("Cannot resolve bind address " + address.getHostString());
    }
    return new ListenerConfiguration(
        name,
        address,
        spec.tlsModeValue(),
        Duration.ofSeconds(spec.getIdleTimeoutSeconds()),
        spec.getMaxLineLength(),
        spec.getMaxLiteralSize(),
        maxConnectionsPerIp(spec.getMaxConnectionsPerIp(), lookup));
  }

  /**
   * The effective port of listener {@code listenerName}.
   *
   * @throws InvalidPropertyException if an override is not a port number
   */
  public static int port(String listenerName, Integer specPort, ConfigLookup lookup)
      throws InvalidPropertyException {
    String variable = "JADEPOST_" + listenerName.toUpperCase(Locale.ROOT) + "_PORT";
    String property = "jadepost." + listenerName.toLowerCase(Locale.ROOT) + ".port";
    Optional<String> override = lookup.find(variable, property);
    if (override.isEmpty()) {
      return specPort;
    }
    return parsePort(override.get())
        .orElseThrow(
            () ->
                new InvalidPropertyException(
                    variable + " / " + property + " is not a port number: " + override.get()));
  }

  /** The effective bind address. */
  public static String bindAddress(String specBindAddress, ConfigLookup lookup) {
    return lookup
        .find("JADEPOST_BIND", "jadepost.bind")
        .or(() -> Optional.ofNullable(specBindAddress).map(String::trim).filter(a -> !a.isEmpty()))
        .orElse(DEFAULT_BIND_ADDRESS);
  }

  /** The per-address connection limit: JADEPOST_MAX_CONNECTIONS_PER_IP overrides the spec. */
  static int maxConnectionsPerIp(int specValue, ConfigLookup lookup)
      throws InvalidPropertyException {
    Optional<String> override =
        lookup.find("JADEPOST_MAX_CONNECTIONS_PER_IP", "jadepost.max-connections-per-ip");
    if (override.isEmpty()) {
      return specValue;
    }
    try {
      int value = Integer.parseInt(override.get().trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidPropertyException(
        "JADEPOST_MAX_CONNECTIONS_PER_IP is not a positive number: " + override.get());
  }

  private static Optional<Integer> parsePort(String value) {
    try {
      int port = Integer.parseInt(value);
      return port >= 0 && port <= 65535 ? Optional.of(port) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
