package org.jadepost.mailbox.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.mailbox.entity.MailboxChanged;

/**
 * Hands committed folder changes (the events IMAP IDLE hears) to listeners in the web tier, which
 * push them to the owner's browser. A listener lives in the WAR, which the EJB module's observers
 * cannot see in an EAR; registering here works on every packaging.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailboxWatch {

  private static final Logger LOG = Logger.getLogger(MailboxWatch.class.getName());

  private final List<Consumer<MailboxChanged>> listeners = new CopyOnWriteArrayList<>();

  /** Adds {@code listener}; it runs after each committed change, on the committing thread. */
  public void listen(Consumer<MailboxChanged> listener) {
    listeners.add(listener);
  }

  /** Removes {@code listener}. */
  public void stop(Consumer<MailboxChanged> listener) {
    listeners.remove(listener);
  }

  /** Tells the listeners of {@code change} once its transaction committed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxChanged change) {
    for (Consumer<MailboxChanged> listener : listeners) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A mailbox listener failed", e);
      }
    }
  }
}
