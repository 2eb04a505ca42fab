package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One folder of the caller as LIST shows it.
 *
 * @param name the full name in UTF-8, levels separated by {@link ImapListener#DELIMITER}, the Inbox
 *     always spelled {@code INBOX}; the adapter encodes it as modified UTF-7 (RFC 3501 §5.1.3) for
 *     clients that did not ENABLE UTF8=ACCEPT
 * @param attributes what the application knows about the folder, including {@code SUBSCRIBED} and
 *     the special-use attribute
 */
public record ImapFolder(String name, Set<ImapFolderAttribute> attributes) implements Serializable {

  /** Checks the name and copies the attributes. */
  public ImapFolder {
    Objects.requireNonNull(name, "name");
    attributes =
        attributes.isEmpty()
            ? EnumSet.noneOf(ImapFolderAttribute.class)
            : EnumSet.copyOf(attributes);
  }

  /** Whether the folder has {@code attribute}. */
  public boolean has(ImapFolderAttribute attribute) {
    return attributes.contains(attribute);
  }
}
