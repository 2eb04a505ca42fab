package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The stored metadata of one message, as {@link ImapListener#fetch} returns it (RFC 3501 §6.4.5).
 * Everything computed from the message's bytes is the adapter's work, through {@link #content()}.
 *
 * @param uid the message's UID in its folder
 * @param flags the {@link ImapFlag} mask
 * @param keywords the keywords (user flags) set on it, for example {@code $Forwarded} or {@code
 *     $Label1}
 * @param modseq its modification sequence (RFC 7162 §3.1.3), at least 1
 * @param internalDate when it arrived, for INTERNALDATE
 * @param size the exact number of bytes {@link #content()} yields, for RFC822.SIZE
 * @param content opens the raw bytes
 */
public record ImapMessage(
    long uid,
    int flags,
    List<String> keywords,
    long modseq,
    Instant internalDate,
    long size,
    MessageContent content)
    implements Serializable {

  /** Checks the values and copies the keywords. */
  public ImapMessage {
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(internalDate, "internalDate");
    Objects.requireNonNull(content, "content");
  }

  /** The flags and keywords of this message, without the content. */
  public ImapFlagState state() {
    return new ImapFlagState(uid, flags, keywords, modseq);
  }
}
