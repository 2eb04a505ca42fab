package org.jadepost.mailauth.entity;

/**
 * The verification result of one DKIM-Signature (RFC 8601 §2.7.1).
 *
 * @param result pass, fail, neutral, temperror, permerror, or none when the message has no
 *     signature
 * @param domain the signing domain (d=), empty for none
 * @param selector the selector (s=), empty for none
 */
public record DkimOutcome(String result, String domain, String selector) {

  public static final DkimOutcome NONE = new DkimOutcome("none", "", "");

  public boolean passed() {
    return "pass".equals(result);
  }
}
