package org.jadepost.mailbox.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message as the webmail reading pane shows it: decoded headers, the body (HTML as sent, which
 * the web tier sanitizes before anyone sees it, or plain text), and its attachments.
 *
 * @param folderId the folder it is in
 * @param uid its UID there
 * @param subject the decoded subject
 * @param from the decoded From field
 * @param to the decoded To field
 * @param cc the decoded Cc field, or empty
 * @param sent the Date header with the sender's own offset, or {@code null} when missing or broken
 * @param html the HTML body as sent, or {@code null} when there is none
 * @param text the plain text body, or empty
 * @param attachments attachments and inline parts
 * @param receiptTo the Disposition-Notification-To address (RFC 8098 §2.1) of a receipt still to be
 *     answered, or {@code null} when none was asked or it was answered
 * @param senderTrusted whether the reader always shows remote images of this sender
 */
public record ReadMessage(
    long folderId,
    long uid,
    String subject,
    String from,
    String to,
    String cc,
    OffsetDateTime sent,
    String html,
    String text,
    List<MessageAttachment> attachments,
    String receiptTo,
    boolean senderTrusted) {

  /** The keyword of a message whose read receipt was answered, sent or not (RFC 3503 §3.1). */
  public static final String RECEIPT_ANSWERED = "$MDNSent";

  /** This message without a receipt request: it was answered already. */
  public ReadMessage withoutReceipt() {
    return new ReadMessage(
        folderId, uid, subject, from, to, cc, sent, html, text, attachments, null, senderTrusted);
  }

  /** This message with {@code trusted} as its sender's trust. */
  public ReadMessage withSenderTrusted(boolean trusted) {
    return new ReadMessage(
        folderId, uid, subject, from, to, cc, sent, html, text, attachments, receiptTo, trusted);
  }

  /** Whether the body is HTML (shown in the sandboxed frame) rather than text. */
  public boolean isHtml() {
    return html != null;
  }

  /** The attachments proper, without the inline images of the HTML body. */
  public List<MessageAttachment> downloads() {
    return attachments.stream().filter(a -> !a.inline()).toList();
  }
}
