package org.jadepost.outbound.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.outbound.control.OutboundStore;
import org.jadepost.outbound.entity.DeliveryReport;
import org.jadepost.outbound.entity.OutboundDelivery;
import org.jadepost.platform.entity.NotFoundException;

/**
 * Lets a sender see where his message went (FEATURES O3): per recipient, delivered to a mailbox
 * here, accepted by the remote server (with its reply), deferred (with the last error and the next
 * try) or bounced. Only the sender sees it; anyone else's ids are simply not found.
 */
@Stateless
public class DeliveryStatusService {

  @Inject AccountStore accounts;
  @Inject OutboundStore store;

  /** The status of the actor's message {@code acceptId}. */
  public DeliveryReport report(Actor actor, String acceptId) {
    List<OutboundDelivery> entries =
        sender(actor).map(account -> store.byAcceptId(account.getId(), acceptId)).orElse(List.of());
    if (entries.isEmpty()) {
      throw new NotFoundException(
          "message.notfound", "No sent message " + acceptId, String.valueOf(acceptId));
    }
    return new DeliveryReport(acceptId, entries.stream().map(OutboundDelivery::toStatus).toList());
  }

  private Optional<Account> sender(Actor actor) {
    if (actor == null || actor.domain() == null || actor.localPart() == null) {
      return Optional.empty();
    }
    return accounts.find(actor.domain(), actor.localPart());
  }
}
