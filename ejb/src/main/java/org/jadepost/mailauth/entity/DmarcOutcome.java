package org.jadepost.mailauth.entity;

/**
 * The DMARC evaluation of one message (RFC 7489 §6.6).
 *
 * @param result pass, fail, none, temperror or permerror
 * @param fromDomain the RFC5322.From domain, empty when the message has none
 * @param policy the published policy for the From domain (p=, or sp= for a subdomain found through
 *     the organizational domain): none, quarantine or reject; none without a record
 * @param applied what this message gets: the policy on a failure that pct= sampled in, the next
 *     less strict one when sampled out (§6.6.4), none otherwise
 */
public record DmarcOutcome(String result, String fromDomain, String policy, String applied) {

  public static DmarcOutcome none(String fromDomain) {
    return new DmarcOutcome("none", fromDomain, "none", "none");
  }

  /** DMARC failed and the domain's policy, applied to this message, is reject. */
  public boolean rejects() {
    return "reject".equals(applied);
  }
}
