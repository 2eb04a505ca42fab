package org.jadepost.mailauth.entity;

import java.time.Instant;

/**
 * The DNS TXT record a domain publishes so receivers can verify its DKIM signatures.
 *
 * @param domain the signing domain
 * @param selector the selector, e.g. {@code jp202607}
 * @param recordName {@code <selector>._domainkey.<domain>}
 * @param txtValue {@code v=DKIM1; k=rsa; p=<base64 SubjectPublicKeyInfo>}
 * @param createdAt when the key was generated
 */
public record DkimRecord(
    String domain, String selector, String recordName, String txtValue, Instant createdAt) {}
