package org.jadepost.adapter.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the server's TLS key comes from: a configured PKCS12 keystore, or else a self-signed
 * certificate kept in the data directory.
 *
 * @param keyStore the configured PKCS12 keystore, if any
 * @param keyStorePassword the password of the configured keystore; empty when none is set
 * @param hostName the name the self-signed certificate is issued for
 * @param selfSignedKeyStore where the self-signed certificate is kept
 */
public record TlsSettings(
    Optional<Path> keyStore, String keyStorePassword, String hostName, Path selfSignedKeyStore) {

  /**
   * Resolves the settings: {@code JADEPOST_TLS_KEYSTORE} / {@code jadepost.tls.keystore}, {@code
   * JADEPOST_TLS_KEYSTORE_PASSWORD} / {@code jadepost.tls.keystore.password}, {@code
   * JADEPOST_HOSTNAME} / {@code jadepost.hostname} (else the local host name), and the data
   * directory {@code JADEPOST_HOME} / {@code jadepost.home} (else {@code ~/.jadepost}).
   */
  public static TlsSettings resolve(ConfigLookup lookup) {
    Optional<Path> keyStore =
        lookup.find("JADEPOST_TLS_KEYSTORE", "jadepost.tls.keystore").map(Path::of);
    String password =
        lookup.find("JADEPOST_TLS_KEYSTORE_PASSWORD", "jadepost.tls.keystore.password").orElse("");
    String hostName =
        lookup.find("JADEPOST_HOSTNAME", "jadepost.hostname").orElseGet(TlsSettings::localHostName);
    return new TlsSettings(
        keyStore,
        password,
        hostName,
        dataDirectory(lookup).resolve("tls").resolve("selfsigned.p12"));
  }

  /**
   * The data directory: {@code JADEPOST_HOME}, else {@code jadepost.home}, else {@code
   * ~/.jadepost}.
   */
  public static Path dataDirectory(ConfigLookup lookup) {
    return lookup
        .find("JADEPOST_HOME", "jadepost.home")
        .map(Path::of)
        .orElseGet(() -> Path.of(lookup.property("user.home").orElse("."), ".jadepost"));
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
