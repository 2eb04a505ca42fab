package org.jadepost.outbound.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.jadepost.outbound.entity.DeliveryStatus;
import org.jadepost.outbound.entity.OutboundDelivery;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * The door into the outbound queue for code that accepted a message (submission, DSNs, later
 * forwarding). It joins the caller's transaction, so a message is queued exactly when its
 * acceptance commits; the worker picks it up within one poll interval.
 */
@Stateless
public class OutboundQueue {

  @Inject OutboundStore store;

  /** Queues one message for remote recipients; joins the caller's transaction. */
  public void enqueue(
      String acceptId,
      long senderAccountId,
      String reversePath,
      List<String> recipients,
      BlobRef blob) {
    Objects.requireNonNull(blob, "blob");
    Objects.requireNonNull(reversePath, "reversePath");
    if (recipients.isEmpty()) {
      throw new InvalidRequestException("outbound.recipients.empty", "No recipients to send to");
    }
    for (String recipient : recipients) {
      store.persist(
          new OutboundDelivery(
              acceptId,
              senderAccountId,
              reversePath,
              address(recipient),
              blob.id(),
              blob.size(),
              DeliveryStatus.QUEUED));
    }
  }

  /** Records that a hosted recipient got the message in his mailbox (O3 'delivered to mailbox'). */
  public void recordLocalDelivery(String acceptId, long senderAccountId, String recipient) {
    store.persist(
        new OutboundDelivery(
            acceptId,
            senderAccountId,
            "",
            address(recipient),
            null,
            0,
            DeliveryStatus.DELIVERED_TO_MAILBOX));
  }

  private static String address(String recipient) {
    int at = recipient == null ? -1 : recipient.lastIndexOf('@');
    if (at <= 0 || at == recipient.length() - 1) {
      throw new InvalidRequestException(
          "outbound.recipient.invalid", "Not an address: " + recipient, String.valueOf(recipient));
    }
    return recipient;
  }
}
