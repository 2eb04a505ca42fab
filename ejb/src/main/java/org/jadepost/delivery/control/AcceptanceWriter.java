package org.jadepost.delivery.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.jadepost.account.entity.Account;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.delivery.entity.AcceptedMessage;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.outbound.control.OutboundQueue;

/**
 * Writes an {@link Acceptance} into the store, in the caller's transaction: mailbox copies, the
 * outbound queue entries, the sender's delivery report rows, and the read receipts among the Inbox
 * copies (C5).
 */
@Stateless
public class AcceptanceWriter {

  private static final Logger LOG = Logger.getLogger(AcceptanceWriter.class.getName());

  @PersistenceContext EntityManager em;
  @Inject MailboxWriter mailboxes;
  @Inject OutboundQueue outbound;
  @Inject ReceiptRecorder receipts;

  /** Applies {@code acceptance}: the accepted-message row, the mailbox copies. */
  public void apply(Acceptance acceptance) {
    em.persist(
        new AcceptedMessage(
            acceptance.id(),
            acceptance.listener(),
            acceptance.senderAccountId(),
            acceptance.recipientCount(),
            acceptance.size()));
    List<Account> delivered = deliver(acceptance.inbox(), SpecialUse.INBOX, acceptance, Set.of());
    deliver(acceptance.junk(), SpecialUse.JUNK, acceptance, Set.of());
    if (acceptance.sentCopy()) {
      deliver(
          List.of(acceptance.senderAccountId()), SpecialUse.SENT, acceptance, Set.of(Flag.SEEN));
    }
    Long sender = acceptance.senderAccountId();
    if (sender != null) {
      // The sender's delivery report (O3) lists hosted recipients as delivered at once.
      for (Account account : delivered) {
        outbound.recordLocalDelivery(acceptance.id(), sender, account.address());
      }
      if (!acceptance.remote().isEmpty()) {
        outbound.enqueue(
            acceptance.id(),
            sender,
            acceptance.reversePath(),
            acceptance.remote(),
            acceptance.remoteBlob());
      }
    }
    em.flush();
  }

  /** Whether the message {@code id} is already in the store (the journal's replay test). */
  public boolean applied(String id) {
    return em.find(AcceptedMessage.class, id) != null;
  }

  /** Messages {@code accountId} had accepted since {@code since} (submission rate limit). */
  public long acceptedSince(long accountId, Instant since) {
    return em.createNamedQuery(AcceptedMessage.COUNT_SINCE, Long.class)
        .setParameter("account", accountId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Forgets accepted-message rows older than {@code before}; returns how many. */
  public int forgetBefore(Instant before) {
    return em.createNamedQuery(AcceptedMessage.DELETE_BEFORE)
        .setParameter("before", before)
        .executeUpdate();
  }

  private List<Account> deliver(
      List<Long> accounts, SpecialUse use, Acceptance acceptance, Set<Flag> flags) {
    List<Account> delivered = new ArrayList<>();
    for (Long id : accounts) {
      Account account = em.find(Account.class, id);
      if (account == null) {
        // Only on replay: the account was deleted since, and its mail goes with it.
        LOG.warning(() -> "Account " + id + " is gone; skipped its copy of " + acceptance.id());
        continue;
      }
      MailboxWriter.Delivered copy =
          mailboxes.deliverParsed(account, use, acceptance.localBlob(), flags);
      if (use == SpecialUse.INBOX) {
        receipts.inspect(account, copy.message(), copy.headers().contentType());
      }
      delivered.add(account);
    }
    return delivered;
  }
}
