package org.jadepost.mailauth.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jadepost.mailauth.entity.DkimKey;
import org.jadepost.mailauth.entity.DkimRecord;
import org.jadepost.tenancy.entity.MailDomain;

/** Generates, stores and rotates the per-domain DKIM keys. Joins the caller's transaction. */
@Stateless
public class DkimKeys {

  /** RFC 8301 §3.2: at least 1024 bits, 2048 recommended and what all receivers accept. */
  static final int KEY_BITS = 2048;

  @PersistenceContext EntityManager em;
  @Inject KeyVault vault;

  public Optional<DkimKey> active(MailDomain domain) {
    return em.createNamedQuery(DkimKey.ACTIVE, DkimKey.class)
        .setParameter("domainId", domain.getId())
        .getResultStream()
        .findFirst();
  }

  /** The active key, generated now if the domain has none yet (domains created before T4). */
  public DkimKey ensure(MailDomain domain) {
    return active(domain).orElseGet(() -> generate(domain));
  }

  /** Retires the active key and generates one under a new selector. */
  public DkimKey rotate(MailDomain domain) {
    active(domain).ifPresent(DkimKey::retire);
    em.flush();
    return generate(domain);
  }

  /** The private key of {@code key}, decrypted for signing. */
  public PrivateKey privateKey(DkimKey key) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(vault.open(key.sealedPrivateKey())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Stored DKIM key is not an RSA key", e);
    }
  }

  /** What to publish in DNS for {@code key} of {@code domain}. */
  public static DkimRecord record(String domain, DkimKey key) {
    return new DkimRecord(
        domain,
        key.getSelector(),
        key.getSelector() + "._domainkey." + domain,
        "v=DKIM1; k=rsa; p=" + key.getPublicKey(),
        key.getCreatedAt());
  }

  private DkimKey generate(MailDomain domain) {
    KeyPair pair = newKeyPair();
    DkimKey key =
        new DkimKey(
            domain.getId(),
            freeSelector(domain),
            Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
            vault.seal(pair.getPrivate().getEncoded()));
    em.persist(key);
    em.flush();
    return key;
  }

  /** {@code jp<yyyymm>}, with {@code -2}, {@code -3}... after a rotation in the same month. */
  private String freeSelector(MailDomain domain) {
    String base = "jp" + YearMonth.now(ZoneOffset.UTC).toString().replace("-", "");
    List<String> taken =
        em.createNamedQuery(DkimKey.SELECTORS, String.class)
            .setParameter("domainId", domain.getId())
            .getResultList();
    String selector = base;
    for (int n = 2; taken.contains(selector); n++) {
      selector = base + "-" + n;
    }
    return selector;
  }

  static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No RSA in this JVM", e);
    }
  }
}
