package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jadepost.adapter.api.imap.MailboxChange;
import org.jadepost.adapter.api.imap.MailboxEventsConnectionFactory;
import org.jadepost.mailbox.entity.MailboxChanged;

/**
 * Hands committed folder changes to the mail adapter's event bus, which wakes the IMAP sessions
 * that have the folder selected or idle in it. Runs after commit only; a change that rolled back is
 * never announced. Without the adapter's factory (a packaging without it) sessions still learn
 * changes at their next NOOP, so a missing factory is logged once, not fatal.
 */
@ApplicationScoped
public class ChangePublisher {

  /** Where the application defines the adapter's event connection factory. */
  public static final String FACTORY = "java:app/jadepost/MailboxEvents";

  private static final Logger LOG = Logger.getLogger(ChangePublisher.class.getName());

  private final AtomicBoolean missingLogged = new AtomicBoolean();
  private volatile MailboxEventsConnectionFactory factory;

  /** Publishes {@code change} once its transaction committed. */
  public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxChanged change) {
    MailboxEventsConnectionFactory events = factory();
    if (events == null) {
      return;
    }
    try {
      events.publish(new MailboxChange(change.address(), change.path(), change.highestModseq()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not publish a change of " + change.path(), e);
    }
  }

  private MailboxEventsConnectionFactory factory() {
    if (factory == null) {
      try {
        factory = (MailboxEventsConnectionFactory) new InitialContext().lookup(FACTORY);
      } catch (NamingException | ClassCastException e) {
        if (missingLogged.compareAndSet(false, true)) {
          LOG.warning(() -> "No mailbox event bus at " + FACTORY + ": " + e);
        }
      }
    }
    return factory;
  }
}
