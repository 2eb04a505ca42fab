package org.jadepost.mailauth.entity;

/**
 * What the inbound checks concluded for one message received on MX.
 *
 * @param authenticationResultsHeader the complete {@code Authentication-Results:} field with CRLF
 *     (RFC 8601), to prepend to the stored message
 * @param dmarcResult pass, fail, none, temperror or permerror
 * @param dmarcPolicy the policy that applies to the From domain: none, quarantine or reject
 * @param dmarcRejects DMARC failed and the domain asks to reject (after pct sampling)
 */
public record AuthenticationVerdict(
    String authenticationResultsHeader,
    String dmarcResult,
    String dmarcPolicy,
    boolean dmarcRejects) {}
