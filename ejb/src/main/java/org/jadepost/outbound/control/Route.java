package org.jadepost.outbound.control;

import java.util.List;
import org.jadepost.adapter.api.client.SmtpClientReply;
import org.jadepost.adapter.api.client.SmtpDestination;

/**
 * Where mail for a domain goes: servers to try in order, or why there are none (a permanent reply
 * bounces, a transient one defers).
 *
 * @param destinations servers in order of preference; empty when {@code failure} says why
 * @param failure the reason there is no server, {@code null} when there are some
 */
public record Route(List<SmtpDestination> destinations, SmtpClientReply failure) {

  public Route {
    destinations = List.copyOf(destinations);
  }

  static Route to(List<SmtpDestination> destinations) {
    return new Route(destinations, null);
  }

  static Route failed(int code, String text) {
    return new Route(List.of(), new SmtpClientReply(code, text));
  }
}
