package org.jadepost.web.rest.mailbox;

import java.util.List;
import java.util.function.Supplier;
import org.jadepost.compose.control.PlainText;
import org.jadepost.compose.entity.Draft;

/**
 * A message to send or keep as a draft over REST.
 *
 * @param from the sender address (his own or an alias); his own when absent
 * @param to the To addresses ({@code a@b} or {@code Name <a@b>})
 * @param cc the Cc addresses
 * @param bcc the Bcc addresses
 * @param subject the subject
 * @param html the body as HTML (sanitized); {@code text} is used when absent
 * @param text a plain text body, used when {@code html} is absent
 * @param receipt whether to ask for a read receipt
 * @param draftUid the Drafts UID this replaces (a saved draft being sent or saved again)
 */
public record OutgoingMessage(
    String from,
    List<String> to,
    List<String> cc,
    List<String> bcc,
    String subject,
    String html,
    String text,
    Boolean receipt,
    Long draftUid) {

  /**
   * This message as the compose boundary takes it: the HTML body (or the text made HTML), absent
   * lists empty, and the caller's own address from {@code ownAddress} when no sender was given.
   */
  public Draft toDraft(Supplier<String> ownAddress) {
    return new Draft(
        draftUid,
        from == null || from.isBlank() ? ownAddress.get() : from,
        to == null ? List.of() : to,
        cc == null ? List.of() : cc,
        bcc == null ? List.of() : bcc,
        subject,
        html != null ? html : PlainText.toHtml(text),
        Boolean.TRUE.equals(receipt),
        null,
        null,
        List.of());
  }
}
