package org.jadepost.mailauth.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.mailauth.entity.SpfResult;
import org.jadepost.mailauth.entity.SpfVerdict;

/**
 * SPF check_host() (RFC 7208 §4) over {@link DnsLookup}: mechanisms all, include, a, mx, ptr, ip4,
 * ip6 and exists; the redirect modifier; macros (§7); the limits of 10 DNS-querying terms, 10 MX or
 * PTR names and 2 void lookups (§4.6.4). The exp= modifier is parsed but not fetched: a receiver
 * that only records results has no use for the explanation.
 */
public class SpfEvaluator {

  static final int MAX_DNS_TERMS = 10;
  static final int MAX_VOID_LOOKUPS = 2;
  static final int MAX_NAMES = 10;

  // §4.6.1: mechanism = [qualifier] name [":" domain-spec / "/" cidr]; modifier = name "=" value
  private static final Pattern MODIFIER = Pattern.compile("([a-zA-Z][a-zA-Z0-9._-]*)=(.*)");
  private static final Pattern MECHANISM =
      Pattern.compile("([+?~-]?)([a-zA-Z][a-zA-Z0-9._-]*)(?::([^/]*))?(/\\d+)?(//\\d+)?");

  private final DnsLookup dns;

  public SpfEvaluator(DnsLookup dns) {
    this.dns = dns;
  }

  /**
   * Checks the MAIL FROM identity, or the HELO identity when the reverse-path is null (§2.4).
   *
   * @param ip the client's address
   * @param helo the name the client gave in HELO/EHLO
   * @param reversePath the MAIL FROM address without angle brackets; empty for a bounce
   */
  public SpfVerdict check(InetAddress ip, String helo, String reversePath) {
    String sender = reversePath == null ? "" : reversePath.strip();
    String scope = sender.isEmpty() ? "helo" : "mailfrom";
    if (sender.isEmpty()) {
      sender = "postmaster@" + helo;
    }
    int at = sender.lastIndexOf('@');
    String local = at > 0 ? sender.substring(0, at) : "postmaster";
    String domain = (at >= 0 ? sender.substring(at + 1) : sender).toLowerCase(Locale.ROOT);
    if (at <= 0) {
      sender = local + "@" + domain;
    }
    SpfMacro.Context ctx = new SpfMacro.Context(sender, local, domain, domain, ip, helo);
    SpfResult result;
    try {
      result = checkHost(ctx, new Budget(), domain);
    } catch (SpfPermError e) {
      result = SpfResult.PERMERROR;
    } catch (DnsTempException e) {
      result = SpfResult.TEMPERROR;
    }
    String identity = "helo".equals(scope) ? helo : sender;
    return new SpfVerdict(result, scope, identity, domain);
  }

  /** DNS-querying terms and void lookups counted across includes and redirects. */
  private static final class Budget {
    int terms;
    int voids;

    void term() throws SpfPermError {
      if (++terms > MAX_DNS_TERMS) {
        throw new SpfPermError("more than " + MAX_DNS_TERMS + " DNS lookups");
      }
    }

    <T> List<T> counted(List<T> answer) throws SpfPermError {
      if (answer.isEmpty() && ++voids > MAX_VOID_LOOKUPS) {
        throw new SpfPermError("more than " + MAX_VOID_LOOKUPS + " void lookups");
      }
      return answer;
    }
  }

  private SpfResult checkHost(SpfMacro.Context ctx, Budget budget, String domain)
      throws SpfPermError, DnsTempException {
    if (!DomainSyntax.isMultiLabel(domain)) {
      return SpfResult.NONE; // §4.3
    }
    List<String> records =
        dns.txt(domain).stream()
            .filter(
                t ->
                    t.equalsIgnoreCase("v=spf1")
                        || t.toLowerCase(Locale.ROOT).startsWith("v=spf1 "))
            .toList();
    if (records.isEmpty()) {
      return SpfResult.NONE; // §4.5
    }
    if (records.size() > 1) {
      throw new SpfPermError("several SPF records at " + domain);
    }
    SpfMacro.Context here = ctx.withDomain(domain);
    String[] terms = records.get(0).substring(6).strip().split(" +");
    String redirect = validate(terms);
    for (String term : terms) {
      Matcher m = MECHANISM.matcher(term);
      if (term.isEmpty() || MODIFIER.matcher(term).matches() || !m.matches()) {
        continue;
      }
      if (matches(m, here, budget)) {
        return qualifier(m.group(1));
      }
    }
    if (redirect != null) {
      budget.term();
      SpfResult target = checkHost(ctx, budget, target(redirect, here));
      if (target == SpfResult.NONE) {
        throw new SpfPermError("redirect to a domain without SPF: " + redirect);
      }
      return target;
    }
    return SpfResult.NEUTRAL; // §4.7
  }

  /** §4.6: any syntax error anywhere is permerror before evaluation; returns redirect=, if any. */
  private static String validate(String[] terms) throws SpfPermError {
    String redirect = null;
    boolean exp = false;
    for (String term : terms) {
      Matcher modifier = MODIFIER.matcher(term);
      if (term.isEmpty()) {
        continue;
      }
      if (modifier.matches()) {
        String name = modifier.group(1).toLowerCase(Locale.ROOT);
        if (("redirect".equals(name) && redirect != null) || ("exp".equals(name) && exp)) {
          throw new SpfPermError("duplicate " + name + " modifier");
        }
        exp |= "exp".equals(name);
        redirect = "redirect".equals(name) ? modifier.group(2) : redirect;
      } else if (!MECHANISM.matcher(term).matches() || !Mechanism.known(term)) {
        throw new SpfPermError("unknown or malformed term " + term);
      }
    }
    return redirect;
  }

  private boolean matches(Matcher m, SpfMacro.Context ctx, Budget budget)
      throws SpfPermError, DnsTempException {
    String name = m.group(2).toLowerCase(Locale.ROOT);
    String arg = m.group(3);
    InetAddress ip = ctx.ip();
    boolean v6 = ip instanceof Inet6Address;
    int prefix = v6 ? prefix(m.group(5), 128, 2) : prefix(m.group(4), 32, 1);
    switch (name) {
      case "all":
        return true;
      case "ip4":
      case "ip6":
        return matchesNetwork(name, arg, m.group(4), ip);
      case "include":
        budget.term();
        return switch (checkHost(ctx, budget, target(required(arg, name), ctx))) {
          case PASS -> true;
          case FAIL, SOFTFAIL, NEUTRAL -> false;
          case TEMPERROR -> throw new DnsTempException("include " + arg);
          default -> throw new SpfPermError("include of a domain without valid SPF: " + arg);
        };
      case "a":
        budget.term();
        return inNetwork(budget.counted(dns.addresses(target(arg, ctx), v6)), ip, prefix);
      case "mx":
        budget.term();
        List<String> hosts = budget.counted(dns.mx(target(arg, ctx)));
        if (hosts.size() > MAX_NAMES) {
          throw new SpfPermError("more than " + MAX_NAMES + " MX names");
        }
        for (String host : hosts) {
          if (inNetwork(dns.addresses(host, v6), ip, prefix)) {
            return true;
          }
        }
        return false;
      case "ptr":
        budget.term();
        return ptrMatches(ctx, target(arg, ctx), budget);
      case "exists":
        budget.term();
        return !budget.counted(dns.addresses(target(required(arg, name), ctx), false)).isEmpty();
      default:
        throw new SpfPermError("unknown mechanism " + name);
    }
  }

  /** §5.5: a validated PTR name equal to or under the target domain; at most 10 names tried. */
  private boolean ptrMatches(SpfMacro.Context ctx, String domain, Budget budget)
      throws DnsTempException, SpfPermError {
    List<String> names = budget.counted(dns.ptr(ctx.ip()));
    for (String name : names.subList(0, Math.min(MAX_NAMES, names.size()))) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean under = lower.equals(domain) || lower.endsWith("." + domain);
      if (under && dns.addresses(name, ctx.ip() instanceof Inet6Address).contains(ctx.ip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesNetwork(String name, String arg, String cidr, InetAddress ip)
      throws SpfPermError {
    if (arg == null || arg.isEmpty()) {
      throw new SpfPermError(name + " without a network");
    }
    boolean wantV6 = "ip6".equals(name);
    InetAddress network;
    try {
      network = InetAddress.getByName(arg);
    } catch (UnknownHostException e) {
      throw new SpfPermError("bad address " + arg);
    }
    boolean isV6 = network instanceof Inet6Address;
    if (wantV6 != isV6 || arg.isBlank() || (!wantV6 && !arg.matches("[0-9.]+"))) {
      throw new SpfPermError("bad " + name + " address " + arg);
    }
    int prefix = prefix(cidr, wantV6 ? 128 : 32, 1);
    return (ip instanceof Inet6Address) == wantV6 && Cidr.contains(network, prefix, ip);
  }

  private static boolean inNetwork(List<InetAddress> addresses, InetAddress ip, int prefix) {
    return addresses.stream().anyMatch(a -> Cidr.contains(a, prefix, ip));
  }

  private static int prefix(String group, int max, int slashes) throws SpfPermError {
    if (group == null) {
      return max;
    }
    int value = Integer.parseInt(group.substring(slashes));
    if (value > max || (value == 0 && group.substring(slashes).length() > 1)) {
      throw new SpfPermError("bad CIDR length " + group);
    }
    return value;
  }

  private static String required(String arg, String name) throws SpfPermError {
    if (arg == null || arg.isEmpty()) {
      throw new SpfPermError(name + " needs a domain");
    }
    return arg;
  }

  /** The domain a term points at: its expanded domain-spec, else the current domain (§4.8). */
  private static String target(String spec, SpfMacro.Context ctx) throws SpfPermError {
    if (spec == null || spec.isEmpty()) {
      return ctx.domain();
    }
    String expanded = SpfMacro.expand(spec, ctx);
    while (expanded.length() > 253 && expanded.contains(".")) {
      expanded = expanded.substring(expanded.indexOf('.') + 1); // §7.3: drop left labels
    }
    if (!DomainSyntax.isMultiLabel(expanded)) {
      throw new SpfPermError("bad domain-spec " + spec);
    }
    return expanded.toLowerCase(Locale.ROOT);
  }

  private static SpfResult qualifier(String q) {
    return switch (q) {
      case "-" -> SpfResult.FAIL;
      case "~" -> SpfResult.SOFTFAIL;
      case "?" -> SpfResult.NEUTRAL;
      default -> SpfResult.PASS;
    };
  }

  /** The mechanism names of §5. */
  private enum Mechanism {
    ALL,
    INCLUDE,
    A,
    MX,
    PTR,
    IP4,
    IP6,
    EXISTS;

    static boolean known(String term) {
      Matcher m = MECHANISM.matcher(term);
      if (!m.matches()) {
        return false;
      }
      try {
        Mechanism mech = valueOf(m.group(2).toUpperCase(Locale.ROOT));
        // all takes no argument; ip4/ip6 have colons in their argument, matched separately
        return mech != ALL || (m.group(3) == null && m.group(4) == null);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
