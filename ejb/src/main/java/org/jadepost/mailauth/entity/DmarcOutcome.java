package org.jadepost.mailauth.entity;

/**
 * The DMARC evaluation of one message (RFC 7489 §6.6).
 *
 * @param result pass, fail, none, temperror or permerror
 * @param fromDomain the RFC5322.From domain, empty when the message has none or several
 * @param policy the policy that applies: none, quarantine or reject (p= or sp=)
 * @param sampled false when pct= excluded this failing message from the policy
 */
public record DmarcOutcome(String result, String fromDomain, String policy, boolean sampled) {

  /** DMARC failed and the domain's policy, applied to this message, is reject. */
  public boolean rejects() {
    return "fail".equals(result) && "reject".equals(policy) && sampled;
  }

  /**
   * DMARC failed and the policy is quarantine, or reject with pct sampling it out: RFC 7489 §6.6.4
   * then applies the next less strict policy.
   */
  public boolean quarantines() {
    return "fail".equals(result)
        && (sampled ? "quarantine".equals(policy) : "reject".equals(policy));
  }
}
