package org.jadepost.adapter.imap.request;

import java.util.Optional;

/** AUTHENTICATE mechanism [initial-response] (RFC 3501 §6.2.2, RFC 4959). */
public record AuthenticateRequest(String tag, String mechanism, Optional<String> initialResponse)
    implements ImapRequest {

  @Override
  public String command() {
    return "AUTHENTICATE";
  }
}
