package org.jadepost.adapter.api.pop3;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The maildrop snapshot of one POP3 session (RFC 1939 §5): message number {@code n} is {@code
 * messages.get(n - 1)} until the session ends, whatever other sessions do meanwhile.
 *
 * @param messages the messages in maildrop order; unique ids are distinct
 */
public record Pop3Maildrop(List<Pop3MessageInfo> messages) implements Serializable {

  /** Copies the list and checks that the unique ids are distinct. */
  public Pop3Maildrop {
    messages = List.copyOf(messages);
    Set<String> ids = new HashSet<>();
    for (Pop3MessageInfo message : messages) {
      if (!ids.add(message.uniqueId())) {
        throw new IllegalArgumentException("duplicate unique id " + message.uniqueId());
      }
    }
  }
}
