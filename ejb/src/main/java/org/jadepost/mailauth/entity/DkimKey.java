package org.jadepost.mailauth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A domain's DKIM key pair. The private key is stored encrypted (the control layer's KeyVault) and
 * has no getter a read model could leak: only the signer decrypts it.
 */
@Entity
@Table(name = "dkim_key")
@NamedQuery(
    name = DkimKey.ACTIVE,
    query = "SELECT k FROM DkimKey k WHERE k.domainId = :domainId AND k.active = TRUE")
@NamedQuery(
    name = DkimKey.SELECTORS,
    query = "SELECT k.selector FROM DkimKey k WHERE k.domainId = :domainId")
public class DkimKey {

  public static final String ACTIVE = "DkimKey.active";
  public static final String SELECTORS = "DkimKey.selectors";

  @Id
  @SequenceGenerator(name = "dkim_key_seq", sequenceName = "dkim_key_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dkim_key_seq")
  private Long id;

  @Column(name = "domain_id", nullable = false)
  private long domainId;

  @Column(nullable = false, length = 63)
  private String selector;

  /** Base64 of the X.509 SubjectPublicKeyInfo, exactly what the TXT record's p= carries. */
  @Column(name = "public_key", nullable = false, length = 1024)
  private String publicKey;

  /** Base64 of the AES-GCM sealed PKCS#8 private key. */
  @Column(name = "private_key", nullable = false, length = 4096)
  private String sealedPrivateKey;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected DkimKey() {}

  public DkimKey(long domainId, String selector, String publicKey, String sealedPrivateKey) {
    this.domainId = domainId;
    this.selector = selector;
    this.publicKey = publicKey;
    this.sealedPrivateKey = sealedPrivateKey;
    this.active = true;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public String getSelector() {
    return selector;
  }

  public String getPublicKey() {
    return publicKey;
  }

  /** The encrypted private key, for the signer to open with the vault. */
  public String sealedPrivateKey() {
    return sealedPrivateKey;
  }

  public boolean isActive() {
    return active;
  }

  /** Retires the key on rotation; its row stays so the old selector is still known. */
  public void retire() {
    this.active = false;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
