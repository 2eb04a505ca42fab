package org.jadepost.outbound.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jadepost.adapter.api.client.SmtpClientConnection;
import org.jadepost.adapter.api.client.SmtpClientConnectionFactory;
import org.jadepost.adapter.api.client.SmtpClientEnvelope;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpClientReply;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.adapter.api.client.SmtpTransactionResult;
import org.jadepost.platform.control.BlobStore;

/**
 * One SMTP attempt for a batch, outside any transaction (nothing in the database is locked while
 * remote servers answer). Tries the route's servers in order until one takes the transaction; a
 * server that cannot be reached or refuses the session passes the batch to the next one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RemoteDelivery {

  /** Where the adapter's SMTP client factory is bound (see OutboundWorker: by descriptors). */
  public static final String FACTORY = "java:app/jadepost/SmtpClient";

  private static final Logger LOG = Logger.getLogger(RemoteDelivery.class.getName());

  @Inject Router router;
  @Inject BlobStore blobs;

  /** The outcome per recipient of one attempt. */
  public Map<String, Outcome> attempt(Batch batch) {
    Route route = router.route(batch.first().getRecipientDomain());
    if (route.failure() != null) {
      return all(batch, Outcome.of(null, route.failure()));
    }
    SmtpClientConnectionFactory factory;
    try {
      factory = (SmtpClientConnectionFactory) new InitialContext().lookup(FACTORY);
    } catch (NamingException | ClassCastException e) {
      LOG.severe(() -> "No SMTP client at " + FACTORY + ": " + e);
      return all(batch, local("4.3.0 Local error: the SMTP client is not available"));
    }
    Outcome last = local("4.4.1 No server could be reached");
    for (SmtpDestination destination : route.destinations()) {
      SmtpClientConnection connection;
      try {
        connection = factory.getConnection(destination);
      } catch (SmtpClientException e) {
        last = failure(destination, e); // unreachable or unwilling: the next MX may do
        continue;
      }
      try (connection) {
        return send(connection, destination, batch);
      } catch (SmtpClientException e) {
        last = failure(destination, e);
        if (last.kind() == Outcome.Kind.BOUNCED) {
          break; // refused the transaction itself: another MX of the domain would say the same
        }
      } catch (IOException e) {
        return all(batch, local("4.3.0 Local error reading the message: " + e.getMessage()));
      }
    }
    return all(batch, last);
  }

  private static Outcome failure(SmtpDestination destination, SmtpClientException e) {
    LOG.info(() -> "SMTP via " + destination + " failed: " + e.getMessage());
    return e.reply()
        .map(r -> Outcome.of(destination.toString(), r))
        .orElse(
            new Outcome(Outcome.Kind.DEFERRED, destination.toString(), "4.4.1 " + e.getMessage()));
  }

  private Map<String, Outcome> send(
      SmtpClientConnection connection, SmtpDestination destination, Batch batch)
      throws SmtpClientException, IOException {
    SmtpClientEnvelope envelope =
        new SmtpClientEnvelope(
            batch.first().getReversePath(),
            batch.recipients(),
            batch.first().getSizeBytes(),
            eightBit(batch.first().getBlobId()));
    try (InputStream content = open(batch.first().getBlobId())) {
      SmtpTransactionResult result = connection.send(envelope, content);
      String host = result.remoteHost() + " [" + destination + "]";
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      result.replies().forEach((rcpt, reply) -> outcomes.put(rcpt, Outcome.of(host, reply)));
      return outcomes;
    }
  }

  private boolean eightBit(String blobId) throws IOException {
    try (InputStream in = open(blobId)) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] < 0) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private InputStream open(String blobId) throws IOException {
    return blobs.open(blobId).orElseThrow(() -> new IOException("blob " + blobId + " is missing"));
  }

  private static Outcome local(String text) {
    return Outcome.of(null, new SmtpClientReply(text.startsWith("5") ? 554 : 451, text));
  }

  private static Map<String, Outcome> all(Batch batch, Outcome outcome) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    batch.recipients().forEach(r -> outcomes.put(r, outcome));
    return outcomes;
  }
}
