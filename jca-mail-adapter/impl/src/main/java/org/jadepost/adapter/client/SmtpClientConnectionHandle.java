package org.jadepost.adapter.client;

import java.io.InputStream;
import org.jadepost.adapter.api.client.SmtpClientConnection;
import org.jadepost.adapter.api.client.SmtpClientEnvelope;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpTransactionResult;

/** The application's handle on a pooled session; closing it gives the session back. */
public final class SmtpClientConnectionHandle implements SmtpClientConnection {

  private volatile SmtpClientManagedConnection managed;

  SmtpClientConnectionHandle(SmtpClientManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public SmtpTransactionResult send(SmtpClientEnvelope envelope, InputStream content)
      throws SmtpClientException {
    return live().send(this, envelope, content);
  }

  @Override
  public boolean isEncrypted() {
    return live().session().isEncrypted();
  }

  @Override
  public String remoteGreetingName() {
    return live().session().remoteName();
  }

  @Override
  public void close() {
    SmtpClientManagedConnection current = managed;
    managed = null;
    if (current != null) {
      current.handleClosed(this);
    }
  }

  void reassociate(SmtpClientManagedConnection target) {
    managed = target;
  }

  private SmtpClientManagedConnection live() {
    SmtpClientManagedConnection current = managed;
    if (current == null) {
      throw new IllegalStateException("The SMTP connection is closed");
    }
    return current;
  }
}
