package org.jadepost.adapter.imap.request;

import java.util.Map;

/** ID (params) or ID NIL (RFC 2971). */
public record IdRequest(String tag, Map<String, String> parameters) implements ImapRequest {

  /** Copies the map. */
  public IdRequest {
    parameters = Map.copyOf(parameters);
  }

  @Override
  public String command() {
    return "ID";
  }
}
