package org.jadepost.outbound.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.mailauth.control.DnsLookup;
import org.jadepost.mailauth.control.DnsTempException;
import org.jadepost.mailauth.control.MailAuthDns;

/**
 * Finds the servers for a recipient domain. With {@code jadepost.outbound.relay} (host:port) all
 * mail goes to that smart host. Otherwise MX records by preference, the domain's own A/AAAA when it
 * has no MX (RFC 5321 §5.1), and a null MX (RFC 7505) bounces at once. DNS answers come from the
 * application's one cached resolver ({@link MailAuthDns}, {@code jadepost.dns.resolver}).
 */
@ApplicationScoped
public class Router {

  static final int SMTP_PORT = 25;
  private static final Logger LOG = Logger.getLogger(Router.class.getName());

  @Inject
  @ConfigProperty(name = "jadepost.outbound.relay")
  Optional<String> relay;

  @Inject MailAuthDns dns;

  @PostConstruct
  void init() {
    relay
        .filter(r -> !r.isBlank())
        .ifPresent(r -> LOG.info(() -> "Outbound mail goes through the relay " + r));
  }

  /** The route for {@code domain}. */
  public Route route(String domain) {
    Optional<String> smartHost = relay.filter(r -> !r.isBlank());
    if (smartHost.isPresent()) {
      return Route.to(List.of(SmtpDestination.parse(smartHost.get(), SMTP_PORT)));
    }
    return byDns(dns.lookup(), domain);
  }

  /** The MX route of {@code domain}: 5xx when it can never be delivered, 4xx when DNS failed. */
  static Route byDns(DnsLookup dns, String domain) {
    List<String> exchanges;
    try {
      exchanges = dns.mx(domain);
    } catch (DnsTempException e) {
      return Route.failed(451, "4.4.3 DNS lookup for " + domain + " failed: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return Route.failed(550, "5.1.2 Bad destination domain " + domain);
    }
    if (exchanges.size() == 1 && isRoot(exchanges.get(0))) {
      return Route.failed(556, "5.1.10 The domain accepts no mail (null MX, RFC 7505)");
    }
    List<String> hosts =
        exchanges.isEmpty()
            ? List.of(domain) // implicit MX, RFC 5321 §5.1
            : exchanges.stream().filter(h -> !isRoot(h)).toList();
    List<SmtpDestination> destinations = new ArrayList<>();
    DnsTempException lastFailure = null;
    for (String host : hosts) {
      for (boolean ipv6 : new boolean[] {false, true}) {
        try {
          for (InetAddress address : dns.addresses(host, ipv6)) {
            destinations.add(new SmtpDestination(address.getHostAddress(), SMTP_PORT));
          }
        } catch (DnsTempException e) {
          lastFailure = e; // another host or family may still answer
        }
      }
    }
    if (!destinations.isEmpty()) {
      return Route.to(destinations);
    }
    if (lastFailure != null) {
      return Route.failed(451, "4.4.3 DNS lookup for " + domain + " failed: " + lastFailure);
    }
    return exchanges.isEmpty()
        ? Route.failed(550, "5.1.2 Domain " + domain + " has no MX and no address")
        : Route.failed(451, "4.4.4 No address found for " + hosts);
  }

  private static boolean isRoot(String host) {
    return host.isEmpty() || ".".equals(host);
  }
}
