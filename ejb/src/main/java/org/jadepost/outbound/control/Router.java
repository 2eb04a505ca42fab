package org.jadepost.outbound.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Finds the servers for a recipient domain. With {@code jadepost.outbound.relay} (host:port) all
 * mail goes to that smart host. Otherwise MX records by preference, the domain's own A/AAAA when it
 * has no MX (RFC 5321 §5.1), and a null MX (RFC 7505) bounces at once. DNS goes through {@code
 * jadepost.dns.resolver} (host:port) when set, else the system's resolvers.
 */
@ApplicationScoped
public class Router {

  static final int SMTP_PORT = 25;
  private static final Logger LOG = Logger.getLogger(Router.class.getName());

  @Inject
  @ConfigProperty(name = "jadepost.outbound.relay")
  Optional<String> relay;

  @Inject
  @ConfigProperty(name = "jadepost.dns.resolver")
  Optional<String> resolverSetting;

  private Resolver resolver;

  @PostConstruct
  void init() {
    resolver = resolverSetting.filter(s -> !s.isBlank()).map(Router::resolver).orElse(null);
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
    try {
      return mx(Name.fromString(domain, Name.root));
    } catch (TextParseException e) {
      return Route.failed(550, "5.1.2 Bad destination domain " + domain);
    }
  }

  private Route mx(Name domain) {
    Lookup lookup = lookup(domain, Type.MX);
    Record[] records = lookup.run();
    switch (lookup.getResult()) {
      case Lookup.SUCCESSFUL:
        return byPreference(records);
      case Lookup.TYPE_NOT_FOUND:
        return hosts(List.of(domain)); // implicit MX, RFC 5321 §5.1
      case Lookup.HOST_NOT_FOUND:
        return Route.failed(550, "5.1.2 Domain " + domain + " does not exist");
      default:
        return Route.failed(
            451, "4.4.3 DNS lookup for " + domain + " failed: " + lookup.getErrorString());
    }
  }

  private Route byPreference(Record[] records) {
    List<MXRecord> mxs =
        Arrays.stream(records)
            .filter(MXRecord.class::isInstance)
            .map(MXRecord.class::cast)
            .sorted(Comparator.comparingInt(MXRecord::getPriority))
            .toList();
    if (mxs.size() == 1 && mxs.get(0).getTarget().equals(Name.root)) {
      return Route.failed(556, "5.1.10 The domain accepts no mail (null MX, RFC 7505)");
    }
    return hosts(mxs.stream().map(MXRecord::getTarget).filter(t -> !t.equals(Name.root)).toList());
  }

  private Route hosts(List<Name> names) {
    List<SmtpDestination> destinations = new ArrayList<>();
    for (Name name : names) {
      for (String address : addresses(name)) {
        destinations.add(new SmtpDestination(address, SMTP_PORT));
      }
    }
    if (destinations.isEmpty()) {
      return Route.failed(451, "4.4.4 No address found for " + names);
    }
    return Route.to(destinations);
  }

  private List<String> addresses(Name host) {
    List<String> addresses = new ArrayList<>();
    for (int type : new int[] {Type.A, Type.AAAA}) {
      Record[] records = lookup(host, type).run();
      for (Record record : records == null ? new Record[0] : records) {
        if (record instanceof ARecord a) {
          addresses.add(a.getAddress().getHostAddress());
        } else if (record instanceof AAAARecord aaaa) {
          addresses.add(aaaa.getAddress().getHostAddress());
        }
      }
    }
    return addresses;
  }

  private Lookup lookup(Name name, int type) {
    Lookup lookup = new Lookup(name, type);
    if (resolver != null) {
      lookup.setResolver(resolver);
      lookup.setCache(null);
    }
    return lookup;
  }

  private static Resolver resolver(String setting) {
    SmtpDestination server = SmtpDestination.parse(setting, 53);
    try {
      SimpleResolver simple = new SimpleResolver(InetAddress.getByName(server.host()));
      simple.setPort(server.port());
      return simple;
    } catch (UnknownHostException e) {
      LOG.warning(
          () -> "jadepost.dns.resolver " + setting + " is unusable, using the system's: " + e);
      return new ExtendedResolver();
    }
  }
}
