package org.jadepost.adapter.client;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for STARTTLS between MTAs. Opportunistic TLS (RFC 7435) encrypts against passive listeners
 * without authenticating the peer: MX hosts often present self-signed or mismatched certificates,
 * and refusing them would only push delivery back to plain text. So certificates are not checked
 * here; authenticated delivery (MTA-STS, DANE) would need its own policy.
 */
final class OpportunisticTls {

  private static final SSLSocketFactory FACTORY = create();

  private OpportunisticTls() {}

  /** Wraps the connected {@code socket} in a client TLS socket and runs the handshake. */
  static javax.net.ssl.SSLSocket wrap(Socket socket, String host) throws java.io.IOException {
    javax.net.ssl.SSLSocket tls =
        (javax.net.ssl.SSLSocket) FACTORY.createSocket(socket, host, socket.getPort(), true);
    tls.setUseClientMode(true);
    tls.startHandshake();
    return tls;
  }

  private static SSLSocketFactory create() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new AcceptAll()}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No TLS in this JVM", e);
    }
  }

  private static final class AcceptAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // Not a server.
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // Opportunistic: any certificate is better than plain text (see the class comment).
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
