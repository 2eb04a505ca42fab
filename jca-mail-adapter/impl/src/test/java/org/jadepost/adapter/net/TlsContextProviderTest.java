package org.jadepost.adapter.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsContextProviderTest {

  @TempDir Path home;

  @Test
  void serverContextShouldCreateSelfSignedKeyStoreWhenNoneIsConfigured() throws Exception {
    Path file = home.resolve("tls").resolve("selfsigned.p12");
    TlsContextProvider provider = new TlsContextProvider(selfSigned(file, "mail.example.org"));

    assertThat(provider.serverContext().isServer()).isTrue();

    assertThat(file).isRegularFile();
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(stored(file)).isEqualTo(provider.certificate());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void certificateShouldNameHostLocalhostAndLoopbackWhenSelfSigned() throws Exception {
    X509Certificate certificate =
        new TlsContextProvider(selfSigned(home.resolve("k.p12"), "mail.example.org")).certificate();

    assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=mail.example.org");
    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(
            List.of(2, "mail.example.org"), List.of(2, "localhost"), List.of(7, "127.0.0.1"));
    assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("RSA");
    certificate.checkValidity();
    certificate.verify(certificate.getPublicKey());
  }

  @Test
  void serverContextShouldReuseSelfSignedKeyStoreWhenStartedAgain() throws Exception {
    Path file = home.resolve("tls").resolve("selfsigned.p12");
    X509Certificate first =
        new TlsContextProvider(selfSigned(file, "mail.example.org")).certificate();
    byte[] written = Files.readAllBytes(file);

    X509Certificate second =
        new TlsContextProvider(selfSigned(file, "other.example.org")).certificate();

    assertThat(second).isEqualTo(first);
    assertThat(Files.readAllBytes(file)).isEqualTo(written);
  }

  @Test
  void serverContextShouldUseConfiguredKeyStoreWhenOneIsSet() throws Exception {
    Path configured = home.resolve("configured.p12");
    X509Certificate expected =
        new TlsContextProvider(selfSigned(configured, "configured.example.org")).certificate();
    TlsSettings settings =
        new TlsSettings(
            Optional.of(configured),
            new String(SelfSignedKeyStore.PASSWORD),
            "ignored.example.org",
            home.resolve("unused.p12"));

    X509Certificate actual = new TlsContextProvider(settings).certificate();

    assertThat(actual).isEqualTo(expected);
    assertThat(home.resolve("unused.p12")).doesNotExist();
  }

  @Test
  void serverContextShouldFailWhenConfiguredPasswordIsWrong() throws Exception {
    Path configured = home.resolve("configured.p12");
    new TlsContextProvider(selfSigned(configured, "configured.example.org")).serverContext();
    TlsSettings settings =
        new TlsSettings(Optional.of(configured), "wrong", "x", home.resolve("unused.p12"));

    assertThatThrownBy(() -> new TlsContextProvider(settings).serverContext())
        .isInstanceOfAny(IOException.class, GeneralSecurityException.class);
  }

  private static TlsSettings selfSigned(Path file, String hostName) {
    return new TlsSettings(Optional.empty(), "", hostName, file);
  }

  private static X509Certificate stored(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, SelfSignedKeyStore.PASSWORD);
      return (X509Certificate) keyStore.getCertificate(SelfSignedKeyStore.ALIAS);
    }
  }
}
