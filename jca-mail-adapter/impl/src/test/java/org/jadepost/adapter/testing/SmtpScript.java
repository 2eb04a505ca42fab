package org.jadepost.adapter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jadepost.adapter.testing.InMemorySmtpListener.Delivery;

/**
 * The SMTP directives of a {@link ProtocolScript}: {@code STARTTLS} does the client handshake;
 * {@code DELIVERED: n} checks the number of accepted messages; {@code M:} lines (joined with CRLF)
 * must equal the last accepted message byte for byte; {@code ENVELOPE:} is a regex for the last
 * envelope; {@code SPOOL-EMPTY} checks that no spool file is left.
 */
public final class SmtpScript implements ProtocolScript.Directives {
  private final InMemorySmtpListener listener;
  private final Path spool;
  private final StringBuilder expectedMessage = new StringBuilder();
  private String expectedEnvelope;

  /** Directives checking {@code listener}, whose spool files go to {@code spool}. */
  public SmtpScript(InMemorySmtpListener listener, Path spool) {
    this.listener = listener;
    this.spool = spool;
  }

  @Override
  public boolean step(String line, int number, ProtocolScript script) throws Exception {
    if (line.startsWith("M: ") || line.equals("M:")) {
      expectedMessage.append(line.substring(Math.min(3, line.length()))).append("\r\n");
    } else if (line.startsWith("ENVELOPE: ")) {
      expectedEnvelope = line.substring(10);
    } else if (line.startsWith("DELIVERED: ")) {
      script.flush();
      assertThat(listener.deliveries())
          .as("line %d", number)
          .hasSize(Integer.parseInt(line.substring(11).trim()));
    } else if (line.equals("STARTTLS")) {
      script.flush();
      script.client(new ProbeClient(upgrade(script)));
    } else if (line.equals("SPOOL-EMPTY")) {
      assertThat(spoolFiles()).as("line %d", number).isEmpty();
      assertThat(listener.failedSpoolFiles()).allMatch(f -> !Files.exists(f));
    } else {
      return false;
    }
    return true;
  }

  @Override
  public void finish() {
    checkLastDelivery();
  }

  private void checkLastDelivery() {
    List<Delivery> deliveries = listener.deliveries();
    if (expectedMessage.length() > 0) {
      assertThat(deliveries).isNotEmpty();
      byte[] content = deliveries.get(deliveries.size() - 1).content();
      assertThat(new String(content, UTF8)).isEqualTo(expectedMessage.toString());
      assertThat(content).isEqualTo(expectedMessage.toString().getBytes(UTF8));
    }
    if (expectedEnvelope != null) {
      assertThat(deliveries.get(deliveries.size() - 1).envelope().toString())
          .matches(expectedEnvelope);
    }
  }

  private static SSLSocket upgrade(ProtocolScript script) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new TrustAll()}, null);
    SSLSocket socket =
        (SSLSocket)
            context
                .getSocketFactory()
                .createSocket(
                    script.client().socket(), "localhost", script.address().getPort(), true);
    socket.startHandshake();
    return socket;
  }

  private List<Path> spoolFiles() throws IOException {
    if (!Files.isDirectory(spool)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spool)) {
      return files.toList();
    }
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  /** The test trusts the adapter's self-signed certificate blindly; only the upgrade matters. */
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
