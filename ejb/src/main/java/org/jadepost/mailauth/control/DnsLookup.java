package org.jadepost.mailauth.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The DNS queries SPF, DKIM and DMARC make, over one dnsjava resolver. An empty list means the name
 * does not exist or has no record of the type (a "void lookup", RFC 7208 §4.6.4); a timeout or a
 * server failure is a {@link DnsTempException}, so the caller can answer temperror.
 */
public class DnsLookup {

  /** Short: a receiving MX waits for these while the client waits for the end-of-data reply. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(4);

  /** Names without records are asked again after this long (RFC 2308 allows the SOA minimum). */
  private static final Duration NEGATIVE_TTL = Duration.ofMinutes(1);

  private static final Duration MAX_TTL = Duration.ofHours(1);
  private static final int MAX_CACHED = 10_000;

  private final Resolver resolver;
  // Every MX delivery asks the same SPF and DMARC names; answers are kept for their TTL.
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(List<Record> records, long expiresAtNanos) {}

  public DnsLookup(Resolver resolver) {
    this.resolver = resolver;
  }

  /**
   * A lookup over {@code hostPort} ({@code host:port}, {@code [v6]:port} or a bare host with port
   * 53), or over the system resolvers when empty.
   */
  public static DnsLookup of(Optional<String> hostPort, Duration timeout) {
    try {
      Resolver resolver;
      if (hostPort.isPresent() && !hostPort.get().isBlank()) {
        String spec = hostPort.get().strip();
        int colon = spec.lastIndexOf(':');
        boolean hasPort = colon > 0 && (spec.indexOf(':') == colon || spec.contains("]:"));
        String host = hasPort ? spec.substring(0, colon) : spec;
        SimpleResolver simple = new SimpleResolver(host.replace("[", "").replace("]", ""));
        if (hasPort) {
          simple.setPort(Integer.parseInt(spec.substring(colon + 1)));
        }
        resolver = simple;
      } else {
        resolver = new ExtendedResolver();
      }
      resolver.setTimeout(timeout);
      return new DnsLookup(resolver);
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("Bad jadepost.dns.resolver: " + hostPort.get(), e);
    }
  }

  /** The records of {@code type} at {@code name} (CNAMEs followed by the server), cached. */
  public List<Record> query(String name, int type) throws DnsTempException {
    String key = name.toLowerCase(Locale.ROOT) + "/" + type;
    Cached cached = cache.get(key);
    long now = System.nanoTime();
    if (cached != null && now - cached.expiresAtNanos() < 0) {
      return cached.records();
    }
    List<Record> records = ask(name, type);
    long ttlSeconds =
        records.stream().mapToLong(Record::getTTL).min().orElse(NEGATIVE_TTL.toSeconds());
    long ttl = Math.min(Math.max(ttlSeconds, 1), MAX_TTL.toSeconds());
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, new Cached(records, now + Duration.ofSeconds(ttl).toNanos()));
    return records;
  }

  private List<Record> ask(String name, int type) throws DnsTempException {
    Name qname;
    try {
      qname = Name.fromString(name.endsWith(".") ? name : name + ".");
    } catch (TextParseException e) {
      throw new IllegalArgumentException("Not a domain name: " + name, e);
    }
    Message response;
    try {
      response = resolver.send(Message.newQuery(Record.newRecord(qname, type, DClass.IN)));
    } catch (IOException e) {
      throw new DnsTempException(name + " " + Type.string(type) + ": " + e.getMessage());
    }
    int rcode = response.getRcode();
    if (rcode == Rcode.NXDOMAIN) {
      return List.of();
    }
    if (rcode != Rcode.NOERROR) {
      throw new DnsTempException(name + " " + Type.string(type) + ": " + Rcode.string(rcode));
    }
    return response.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type).toList();
  }

  /** Each TXT record's strings joined, as SPF, DKIM and DMARC read them. */
  public List<String> txt(String name) throws DnsTempException {
    return query(name, Type.TXT).stream()
        .map(r -> String.join("", ((TXTRecord) r).getStrings()))
        .toList();
  }

  /** A or AAAA addresses of {@code name}. */
  public List<InetAddress> addresses(String name, boolean ipv6) throws DnsTempException {
    return query(name, ipv6 ? Type.AAAA : Type.A).stream()
        .map(r -> r instanceof ARecord a ? a.getAddress() : ((AAAARecord) r).getAddress())
        .toList();
  }

  /** The MX host names of {@code name}, most preferred first. */
  public List<String> mx(String name) throws DnsTempException {
    return query(name, Type.MX).stream()
        .map(r -> (MXRecord) r)
        .sorted(Comparator.comparingInt(MXRecord::getPriority))
        .map(r -> r.getTarget().toString(true))
        .toList();
  }

  /** The PTR names of {@code address}. */
  public List<String> ptr(InetAddress address) throws DnsTempException {
    List<String> names = new ArrayList<>();
    for (Record r : query(ReverseMap.fromAddress(address).toString(), Type.PTR)) {
      names.add(((PTRRecord) r).getTarget().toString(true));
    }
    return names;
  }
}
