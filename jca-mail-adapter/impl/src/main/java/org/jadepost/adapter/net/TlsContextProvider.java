package org.jadepost.adapter.net;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;

/**
 * Supplies the server TLS context shared by all listeners: from the configured PKCS12 keystore, or
 * from a self-signed certificate created on first start and reused afterwards. Only TLS 1.2 and 1.3
 * are enabled. The key material is loaded once, on first use.
 */
public final class TlsContextProvider {

  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private static final Logger LOG = Logger.getLogger(TlsContextProvider.class.getName());

  private final TlsSettings settings;
  private SslContext context;
  private X509Certificate certificate;

  /** A provider for the given settings; nothing is read until first use. */
  public TlsContextProvider(TlsSettings settings) {
    this.settings = settings;
  }

  /**
   * The server context, loading or creating the key material on first call.
   *
   * @throws IOException if the keystore cannot be read or written
   * @throws GeneralSecurityException if the keystore is unusable, for example a wrong password
   */
  public synchronized SslContext serverContext() throws IOException, GeneralSecurityException {
    if (context == null) {
      char[] password = password();
      KeyStore keyStore = keyStore(password);
      certificate = serverCertificate(keyStore);
      LOG.log(
          Level.INFO,
          "TLS certificate {0}, SHA-256 {1}, from {2}",
          new Object[] {
            certificate.getSubjectX500Principal().getName(), fingerprint(certificate), source()
          });
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keyStore, password);
      context =
          SslContextBuilder.forServer(keyManagers)
              .sslProvider(SslProvider.JDK)
              .protocols(PROTOCOLS)
              .build();
    }
    return context;
  }

  /** The certificate the server presents, for logging its fingerprint and for tests to trust. */
  public synchronized X509Certificate certificate() throws IOException, GeneralSecurityException {
    serverContext();
    return certificate;
  }

  private Path source() {
    return settings.keyStore().orElse(settings.selfSignedKeyStore());
  }

  private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
  }

  private char[] password() {
    return settings.keyStore().isPresent()
        ? settings.keyStorePassword().toCharArray()
        : SelfSignedKeyStore.PASSWORD.clone();
  }

  private KeyStore keyStore(char[] password) throws IOException, GeneralSecurityException {
    if (settings.keyStore().isEmpty()) {
      return SelfSignedKeyStore.loadOrCreate(settings.selfSignedKeyStore(), settings.hostName());
    }
    Path file = settings.keyStore().get();
    try (InputStream in = Files.newInputStream(file)) {
      return SelfSignedKeyStore.load(in, password);
    }
  }

  private static X509Certificate serverCertificate(KeyStore keyStore) throws KeyStoreException {
    for (String alias : Collections.list(keyStore.aliases())) {
      Certificate candidate = keyStore.getCertificate(alias);
      if (keyStore.isKeyEntry(alias) && candidate instanceof X509Certificate x509) {
        return x509;
      }
    }
    throw new KeyStoreException("The keystore holds no private key with an X.509 certificate");
  }
}
