package org.jadepost.mailauth.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.jadepost.mailauth.entity.DkimOutcome;
import org.jadepost.mailauth.entity.DmarcOutcome;
import org.jadepost.mailauth.entity.SpfResult;
import org.jadepost.mailauth.entity.SpfVerdict;

/**
 * DMARC (RFC 7489): finds the policy record of the From domain, falling back to its organizational
 * domain (§6.6.3), and passes the message when SPF or DKIM passed for an aligned domain, relaxed or
 * strict as adkim= and aspf= say (§3.1). pct= samples failing messages.
 */
public class DmarcEvaluator {

  private final DnsLookup dns;
  private final IntSupplier percentile;

  /**
   * @param percentile a number in 0..99 per call; a failing message gets the policy when it is
   *     below pct
   */
  public DmarcEvaluator(DnsLookup dns, IntSupplier percentile) {
    this.dns = dns;
    this.percentile = percentile;
  }

  /** The outcome for a message whose RFC5322.From domain is {@code fromDomain}. */
  public DmarcOutcome evaluate(String fromDomain, SpfVerdict spf, List<DkimOutcome> dkim) {
    if (fromDomain == null || !DomainSyntax.isMultiLabel(fromDomain)) {
      return new DmarcOutcome("permerror", fromDomain == null ? "" : fromDomain, "none", "none");
    }
    String from = fromDomain.toLowerCase(Locale.ROOT);
    String organizational = OrganizationalDomain.of(from);
    Map<String, String> tags;
    boolean subdomain = false;
    try {
      Optional<Map<String, String>> record = record(from);
      if (record.isEmpty() && !organizational.equals(from)) {
        record = record(organizational);
        subdomain = true;
      }
      if (record.isEmpty()) {
        return DmarcOutcome.none(from);
      }
      tags = record.get();
    } catch (DnsTempException e) {
      return new DmarcOutcome("temperror", from, "none", "none");
    }
    String policy = policy(tags, subdomain);
    if (policy == null) {
      return DmarcOutcome.none(from); // §6.6.3 step 6: no valid p= and no rua=
    }
    boolean strictSpf = "s".equals(tags.get("aspf"));
    boolean strictDkim = "s".equals(tags.get("adkim"));
    // For a null reverse-path SPF checked the HELO name, which DMARC then uses (RFC 7208 §2.4).
    boolean spfAligned = spf.result() == SpfResult.PASS && aligned(spf.domain(), from, strictSpf);
    boolean dkimAligned =
        dkim.stream().anyMatch(d -> d.passed() && aligned(d.domain(), from, strictDkim));
    if (spfAligned || dkimAligned) {
      return new DmarcOutcome("pass", from, policy, "none");
    }
    return new DmarcOutcome("fail", from, policy, applied(policy, pct(tags)));
  }

  /** §3.1.1 and §3.1.2: strict needs the same name, relaxed the same organizational domain. */
  static boolean aligned(String authenticated, String from, boolean strict) {
    if (authenticated == null || authenticated.isEmpty()) {
      return false;
    }
    String a = authenticated.toLowerCase(Locale.ROOT);
    return strict
        ? a.equals(from)
        : OrganizationalDomain.of(a).equals(OrganizationalDomain.of(from));
  }

  private String applied(String policy, int pct) {
    if (percentile.getAsInt() < pct) {
      return policy;
    }
    return "reject".equals(policy) ? "quarantine" : "none"; // §6.6.4
  }

  private static int pct(Map<String, String> tags) {
    try {
      return Math.max(0, Math.min(100, Integer.parseInt(tags.getOrDefault("pct", "100"))));
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  private static String policy(Map<String, String> tags, boolean subdomain) {
    String p = valid(tags.get("p"));
    String sp = valid(tags.get("sp"));
    if (p == null) {
      return tags.containsKey("rua") ? "none" : null;
    }
    return subdomain && sp != null ? sp : p;
  }

  private static String valid(String policy) {
    return policy != null && List.of("none", "quarantine", "reject").contains(policy)
        ? policy
        : null;
  }

  /** The one DMARC record at {@code _dmarc.<domain>}; none when absent or not exactly one. */
  private Optional<Map<String, String>> record(String domain) throws DnsTempException {
    List<String> records =
        dns.txt("_dmarc." + domain).stream()
            .filter(t -> t.replace(" ", "").toUpperCase(Locale.ROOT).startsWith("V=DMARC1"))
            .toList();
    return records.size() == 1 ? Optional.of(tags(records.get(0))) : Optional.empty();
  }

  private static Map<String, String> tags(String record) {
    Map<String, String> tags = new HashMap<>();
    for (String part : record.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        tags.putIfAbsent(
            part.substring(0, eq).strip().toLowerCase(Locale.ROOT),
            part.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
      }
    }
    return tags;
  }
}
