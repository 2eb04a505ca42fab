package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
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
 *
 * <p>On WildFly the factory the application defines ({@link #FACTORY}) belongs to a resource
 * adapter instance of its own, not to the one whose listeners hold the IMAP sessions; there the
 * RAR's {@code ironjacamar.xml} binds the right one at {@link #ADAPTER_FACTORY}, which is therefore
 * looked up first. Payara and Payara Micro have no such name and use {@link #FACTORY}.
 */
@ApplicationScoped
public class ChangePublisher {

  /** Where the application defines the adapter's event connection factory. */
  public static final String FACTORY = "java:app/jadepost/MailboxEvents";

  /** Where WildFly binds the factory of the RAR's own activation (ironjacamar.xml). */
  public static final String ADAPTER_FACTORY = "java:/jadepost/MailboxEvents";

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
      factory = lookup(ADAPTER_FACTORY).or(() -> lookup(FACTORY)).orElse(null);
      if (factory == null && missingLogged.compareAndSet(false, true)) {
        LOG.warning(() -> "No mailbox event bus at " + ADAPTER_FACTORY + " or " + FACTORY);
      }
    }
    return factory;
  }

  private static Optional<MailboxEventsConnectionFactory> lookup(String name) {
    try {
      return Optional.of((MailboxEventsConnectionFactory) new InitialContext().lookup(name));
    } catch (NamingException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
