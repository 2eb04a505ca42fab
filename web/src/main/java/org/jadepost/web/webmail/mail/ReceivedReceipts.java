package org.jadepost.web.webmail.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jadepost.account.entity.Actor;
import org.jadepost.delivery.boundary.ReadReceiptService;
import org.jadepost.delivery.entity.ReceiptShown;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;

/**
 * The read receipts received for the message in the reading pane (C5, sender side), as lines such
 * as "Read receipt: displayed by bob@example.com at ...", in the user's language. Asked once per
 * request and message.
 */
@Named
@RequestScoped
public class ReceivedReceipts {

  private static final Set<String> KNOWN = Set.of("displayed", "deleted");

  @Inject ReadReceiptService receipts;
  @Inject MailFormat format;
  @Inject Actor actor;

  private final Map<String, List<String>> lines = new HashMap<>();

  /** The lines for message {@code uid} of folder {@code folderId}; none when it got no receipt. */
  public List<String> of(long folderId, long uid) {
    return lines.computeIfAbsent(folderId + "/" + uid, k -> load(folderId, uid));
  }

  private List<String> load(long folderId, long uid) {
    try {
      return receipts.received(actor, folderId, uid).stream().map(this::line).toList();
    } catch (BusinessException e) {
      return List.of();
    }
  }

  private String line(ReceiptShown r) {
    String disposition =
        KNOWN.contains(r.disposition())
            ? Messages.text("webmail.schedule.receipt." + r.disposition())
            : Messages.text("webmail.schedule.receipt.other", r.disposition());
    return Messages.text(
        "webmail.schedule.receipt.line", disposition, r.reporter(), format.date(r.at()));
  }
}
