package org.jadepost.adapter.api.imap;

import java.io.Serializable;

/**
 * The outbound connection factory through which the application tells the adapter about mailbox
 * changes, so IDLE and selected sessions learn them within a second without polling (RFC 2177). The
 * {@code ejb} module defines it as {@code java:app/jadepost/MailboxEvents} (a {@code
 * connection-factory} on the adapter's connection definition in ejb-jar.xml, or web-fragment.xml on
 * Payara Micro), looks it up and publishes after commit.
 *
 * <p>On one node the adapter delivers the change in memory; the bus behind it is shaped so that a
 * cluster can carry it to the other nodes later.
 */
public interface MailboxEventsConnectionFactory extends Serializable {

  /** A connection to publish changes on; close it after use. */
  MailboxEventsConnection getConnection();

  /** Publishes one change on a connection of its own. */
  default void publish(MailboxChange change) {
    try (MailboxEventsConnection connection = getConnection()) {
      connection.publish(change);
    }
  }
}
