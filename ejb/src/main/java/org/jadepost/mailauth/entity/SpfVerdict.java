package org.jadepost.mailauth.entity;

/**
 * The SPF result for one identity.
 *
 * @param result the check_host() result
 * @param scope {@code mailfrom} or {@code helo} (RFC 8601 §2.7.2 property names)
 * @param identity the checked identity: the reverse-path, or the HELO name for a null sender
 * @param domain the domain whose policy was evaluated, used for DMARC alignment
 */
public record SpfVerdict(SpfResult result, String scope, String identity, String domain) {}
