package org.jadepost.adapter.api.client;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Where to connect: the host (a name from MX or the relay setting, or an address) and the port. The
 * pool keys connections by it.
 *
 * @param host host name or IP address
 * @param port TCP port, 25 for MX delivery
 */
public record SmtpDestination(String host, int port) implements Serializable {

  public SmtpDestination {
    Objects.requireNonNull(host, "host");
    if (host.isBlank() || port < 1 || port > 65535) {
      throw new IllegalArgumentException("bad destination " + host + ":" + port);
    }
    host = host.toLowerCase(Locale.ROOT);
  }

  /** Parses {@code host:port} or {@code [v6]:port}; {@code defaultPort} when no port is given. */
  public static SmtpDestination parse(String value, int defaultPort) {
    String text = value.trim();
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      String rest = text.substring(close + 1);
      int port = rest.startsWith(":") ? Integer.parseInt(rest.substring(1)) : defaultPort;
      return new SmtpDestination(text.substring(1, close), port);
    }
    int colon = text.indexOf(':');
    if (colon > 0 && colon == text.lastIndexOf(':')) {
      return new SmtpDestination(
          text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }
    return new SmtpDestination(text, defaultPort);
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
