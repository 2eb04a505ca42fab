package org.jadepost.adapter.net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Creates, stores and reloads the self-signed certificate used when no keystore is configured, so
 * that TLS works out of the box and clients can pin one certificate across restarts. BouncyCastle
 * only builds the certificate; keys and signatures use the JDK providers, so no provider is
 * registered in the application server.
 */
final class SelfSignedKeyStore {

  static final String ALIAS = "jadepost";

  /** PKCS12 needs a password; the file's owner-only mode is what protects the key. */
  static final char[] PASSWORD = "jadepost-self-signed".toCharArray();

  private static final Duration VALIDITY = Duration.ofDays(825);
  private static final Duration CLOCK_SKEW = Duration.ofDays(1);

  private SelfSignedKeyStore() {}

  /** Loads the keystore at {@code file}, creating it for {@code hostName} on first use. */
  static KeyStore loadOrCreate(Path file, String hostName)
      throws IOException, GeneralSecurityException {
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return load(in, PASSWORD);
      }
    }
    KeyStore keyStore = create(hostName);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    keyStore.store(bytes, PASSWORD);
    PrivateFiles.writeAtomically(file, bytes.toByteArray());
    return load(new ByteArrayInputStream(bytes.toByteArray()), PASSWORD);
  }

  static KeyStore load(InputStream in, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(in, password);
    return keyStore;
  }

  private static KeyStore create(String hostName) throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, new SecureRandom());
    KeyPair keyPair = generator.generateKeyPair();
    X509Certificate certificate = certificate(hostName, keyPair);
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    keyStore.setKeyEntry(ALIAS, keyPair.getPrivate(), PASSWORD, new Certificate[] {certificate});
    return keyStore;
  }

  private static X509Certificate certificate(String hostName, KeyPair keyPair)
      throws IOException, GeneralSecurityException {
    X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, hostName).build();
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
            Date.from(now.minus(CLOCK_SKEW)),
            Date.from(now.plus(VALIDITY)),
            subject,
            keyPair.getPublic());
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    builder
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(
            Extension.keyUsage,
            true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
        .addExtension(
            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
        .addExtension(Extension.subjectAlternativeName, false, alternativeNames(hostName))
        .addExtension(
            Extension.subjectKeyIdentifier,
            false,
            extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
    try {
      ContentSigner signer =
          new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate());
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("Cannot sign the self-signed certificate", e);
    }
  }

  /** The host name plus {@code localhost} and {@code 127.0.0.1} for local clients and tests. */
  private static GeneralNames alternativeNames(String hostName) {
    List<GeneralName> names = new ArrayList<>();
    names.add(name(hostName));
    if (!hostName.equalsIgnoreCase("localhost")) {
      names.add(new GeneralName(GeneralName.dNSName, "localhost"));
    }
    if (!hostName.equals("127.0.0.1")) {
      names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
    }
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  private static GeneralName name(String hostName) {
    int type = IPAddress.isValid(hostName) ? GeneralName.iPAddress : GeneralName.dNSName;
    return new GeneralName(type, hostName);
  }
}
