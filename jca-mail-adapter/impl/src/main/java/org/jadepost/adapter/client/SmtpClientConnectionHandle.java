package org.jadepost.adapter.client;

import java.io.InputStream;
import org.jadepost.adapter.api.client.SmtpClientConnection;
import org.jadepost.adapter.api.client.SmtpClientEnvelope;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpTransactionResult;
import org.jadepost.adapter.outbound.PooledHandle;

/** The application's handle on a pooled session; closing it gives the session back. */
public final class SmtpClientConnectionHandle extends PooledHandle<SmtpClientManagedConnection>
    implements SmtpClientConnection {

  SmtpClientConnectionHandle(SmtpClientManagedConnection managed) {
    super(managed);
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
  protected String what() {
    return "SMTP";
  }
}
