package org.jadepost.mailauth.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.mailauth.entity.DkimKey;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.tenancy.control.DomainNames;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/**
 * Signs outgoing mail of hosted domains (FEATURES T4, RFC 6376). Called by the submission path
 * before relaying. {@code jadepost.dkim.enabled=false} turns signing off.
 */
@Stateless
public class DkimSigner {

  @Inject DomainStore domains;
  @Inject DkimKeys keys;

  @Inject
  @ConfigProperty(name = "jadepost.dkim.enabled", defaultValue = "true")
  boolean enabled;

  /**
   * The DKIM-Signature header field (with CRLF) to prepend for a message whose From domain is
   * hosted here; empty if that domain has no key or signing is off.
   */
  public Optional<byte[]> signatureHeader(String fromDomain, Path message) throws IOException {
    if (!enabled || fromDomain == null || fromDomain.isBlank()) {
      return Optional.empty();
    }
    String domain;
    try {
      domain = DomainNames.normalize(fromDomain); // an IDN From domain is stored as punycode
    } catch (BusinessException e) {
      return Optional.empty();
    }
    Optional<MailDomain> hosted = domains.find(domain);
    Optional<DkimKey> key = hosted.flatMap(keys::active);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        DkimSignature.sign(
            domain, key.get().getSelector(), keys.privateKey(key.get()), message, Instant.now()));
  }
}
