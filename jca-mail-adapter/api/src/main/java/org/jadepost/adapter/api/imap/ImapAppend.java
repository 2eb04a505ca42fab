package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One APPEND (RFC 3501 §6.3.11).
 *
 * @param folder the target folder's full name
 * @param spooledMessage the literal exactly as received, complete but not fsynced; the listener
 *     owns the file from the call on and moves or deletes it, as with {@code SmtpListener.deliver}.
 *     If the call throws, the adapter deletes it.
 * @param flags the {@link ImapFlag} mask to set
 * @param keywords the keywords to set
 * @param internalDate the date-time argument, or the time the literal was received
 * @param size the file's size in bytes
 */
public record ImapAppend(
    String folder,
    Path spooledMessage,
    int flags,
    List<String> keywords,
    Instant internalDate,
    long size)
    implements Serializable {

  /** Checks the values and copies the keywords. */
  public ImapAppend {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(spooledMessage, "spooledMessage");
    Objects.requireNonNull(internalDate, "internalDate");
    keywords = List.copyOf(keywords);
  }
}
