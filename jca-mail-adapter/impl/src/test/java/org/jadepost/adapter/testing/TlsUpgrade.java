package org.jadepost.adapter.testing;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The client side of STARTTLS/STLS in protocol scripts. It trusts the adapter's self-signed
 * certificate blindly; only the upgrade matters.
 */
public final class TlsUpgrade {

  private TlsUpgrade() {}

  /** Runs the TLS handshake over {@code plain}'s socket and returns the protected socket. */
  public static SSLSocket of(ProbeClient plain, InetSocketAddress address) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new TrustAll()}, null);
    SSLSocket socket =
        (SSLSocket)
            context
                .getSocketFactory()
                .createSocket(plain.socket(), "localhost", address.getPort(), true);
    socket.startHandshake();
    return socket;
  }

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
