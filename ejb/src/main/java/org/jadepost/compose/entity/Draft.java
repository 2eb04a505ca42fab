package org.jadepost.compose.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A message being written, as the compose screen and the Drafts folder hold it.
 *
 * @param draftUid the UID of its last saved copy in Drafts, or null if never saved
 * @param from the sender address chosen: the user's own or one of his aliases
 * @param to the To addresses as typed ({@code Name <a@b>} or {@code a@b})
 * @param cc the Cc addresses
 * @param bcc the Bcc addresses; kept in the draft, never in the sent message
 * @param subject the subject, may hold any Unicode text
 * @param html the body as HTML; sanitized before it is stored or sent
 * @param receipt whether to ask for a read receipt (C5, Disposition-Notification-To)
 * @param inReplyTo the Message-ID this answers, with angle brackets, or null
 * @param references the References chain (RFC 5322 §3.6.4), or null
 * @param attachments the files that go with it
 */
public record Draft(
    Long draftUid,
    String from,
    List<String> to,
    List<String> cc,
    List<String> bcc,
    String subject,
    String html,
    boolean receipt,
    String inReplyTo,
    String references,
    List<OutgoingAttachment> attachments)
    implements Serializable {

  public Draft {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    bcc = List.copyOf(bcc);
    subject = subject == null ? "" : subject;
    html = html == null ? "" : html;
    attachments = List.copyOf(attachments);
  }

  /** An empty message from {@code from}. */
  public static Draft blank(String from) {
    return new Draft(
        null, from, List.of(), List.of(), List.of(), "", "", false, null, null, List.of());
  }

  /** Every recipient: To, Cc and Bcc. */
  public List<String> recipients() {
    return java.util.stream.Stream.of(to, cc, bcc).flatMap(List::stream).toList();
  }

  /** This draft as saved under {@code uid}. */
  public Draft savedAs(long uid) {
    return new Draft(
        uid, from, to, cc, bcc, subject, html, receipt, inReplyTo, references, attachments);
  }
}
