package org.jadepost.mailbox.entity;

import java.util.List;

/**
 * The flags of one message at a MODSEQ: what STORE reports and what other sessions learn when they
 * ask for changes (RFC 7162).
 *
 * @param uid the message's UID
 * @param flags the {@link Flag} bit set
 * @param keywords the keywords
 * @param modseq the MODSEQ of this state
 */
public record MessageState(long uid, int flags, List<String> keywords, long modseq) {

  /** The state of {@code message}. */
  public static MessageState of(MailMessage message) {
    return new MessageState(
        message.getUid(),
        Flag.toBits(message.getFlags()),
        message.getKeywords(),
        message.getModseq());
  }
}
