package org.jadepost.outbound.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The delivery status of one sent message, per recipient (FEATURES O3).
 *
 * @param acceptId the id the message got when it was accepted
 * @param recipients each recipient's status, in the order they were queued
 */
public record DeliveryReport(String acceptId, List<RecipientStatus> recipients)
    implements Serializable {

  public DeliveryReport {
    recipients = List.copyOf(recipients);
  }
}
