package org.jadepost.adapter.ra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.TlsContextProvider;
import org.jadepost.adapter.net.TlsSettings;
import org.jadepost.adapter.probe.ProbeProtocol;
import org.jadepost.adapter.testing.ProbeClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailResourceAdapterTlsTest {

  @TempDir Path home;
  private AdapterFixture fixture;

  @BeforeEach
  void startAdapter() throws Exception {
    fixture = new AdapterFixture(home);
  }

  @AfterEach
  void stopAdapter() throws Exception {
    fixture.close();
  }

  @Test
  void implicitTlsShouldServeProbeToClientTrustingGeneratedCertificate() throws Exception {
    InetSocketAddress address = fixture.activate(fixture.spec("IMPLICIT"));
    SSLSocket socket = (SSLSocket) trustingGeneratedCertificate().getSocketFactory().createSocket();
    verifyHostName(socket);
    socket.connect(new InetSocketAddress("localhost", address.getPort()), 5000);

    try (ProbeClient client = new ProbeClient(socket)) {
      assertThat(client.readLine()).isEqualTo("OK probe ready");
      client.send("one\r\ntwo\r\nthree\r\n");
      assertThat(client.readLine()).isEqualTo("ECHO one");
      assertThat(client.readLine()).isEqualTo("ECHO two");
      assertThat(client.readLine()).isEqualTo("ECHO three");
      client.send("QUIT\r\n");
      assertThat(client.readLine()).isEqualTo("BYE see you");
      assertThat(socket.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
      assertThat(client.closedByServer()).isTrue();
    }

    assertThat(fixture.endpoints.connections()).allMatch(ConnectionInfo::secure);
    assertThat(fixture.endpoints.created()).isEqualTo(5).isEqualTo(fixture.endpoints.released());
    assertThat(Files.getPosixFilePermissions(home.resolve("tls").resolve("selfsigned.p12")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void startTlsShouldUpgradeAndDropCommandsSentInTheSamePacket() throws Exception {
    InetSocketAddress address = fixture.activate(fixture.spec("STARTTLS"));

    try (ProbeClient plain = ProbeClient.connect(address)) {
      assertThat(plain.readLine()).isEqualTo("OK probe ready");
      plain.send("STARTTLS\r\nINJECTED\r\n");
      assertThat(plain.readLine()).isEqualTo(ProbeProtocol.TLS_GO_AHEAD);

      try (ProbeClient tls = new ProbeClient(upgrade(plain.socket(), address))) {
        tls.send("after\r\n");
        assertThat(tls.readLine()).isEqualTo("ECHO after");
        tls.send("STARTTLS\r\n");
        assertThat(tls.readLine()).isEqualTo(ProbeProtocol.TLS_UNAVAILABLE);
      }
    }

    assertThat(fixture.endpoints.events())
        .containsExactly("greet", "release", "reply:after", "release");
    List<ConnectionInfo> calls = fixture.endpoints.connections();
    assertThat(calls).extracting(ConnectionInfo::secure).containsExactly(false, true);
  }

  private SSLSocket upgrade(Socket plain, InetSocketAddress address) throws Exception {
    SSLSocket socket =
        (SSLSocket)
            trustingGeneratedCertificate()
                .getSocketFactory()
                .createSocket(plain, "localhost", address.getPort(), true);
    verifyHostName(socket);
    socket.startHandshake();
    return socket;
  }

  /** Checks the certificate names {@code localhost}, as a mail client checks its server name. */
  private static void verifyHostName(SSLSocket socket) {
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    socket.setSSLParameters(parameters);
  }

  private SSLContext trustingGeneratedCertificate() throws Exception {
    ConfigLookup lookup = ConfigLookup.of(Map.of("JADEPOST_HOME", home.toString()), Map.of());
    X509Certificate certificate = new TlsContextProvider(TlsSettings.resolve(lookup)).certificate();
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("jadepost", certificate);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
