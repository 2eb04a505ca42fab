package org.jadepost.adapter.imap.request;

import java.util.List;

/** ENABLE capability... (RFC 5161), upper-cased. */
public record EnableRequest(String tag, List<String> capabilities) implements ImapRequest {

  /** Copies the list. */
  public EnableRequest {
    capabilities = List.copyOf(capabilities);
  }

  @Override
  public String command() {
    return "ENABLE";
  }
}
