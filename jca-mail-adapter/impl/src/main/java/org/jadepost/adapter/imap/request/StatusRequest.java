package org.jadepost.adapter.imap.request;

import java.util.List;

/** STATUS mailbox (items) (RFC 3501 §6.3.10), items upper-cased. */
public record StatusRequest(String tag, String mailbox, List<String> items) implements ImapRequest {

  /** Copies the items. */
  public StatusRequest {
    items = List.copyOf(items);
  }

  @Override
  public String command() {
    return "STATUS";
  }
}
