package org.jadepost.adapter.api.client;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one transaction achieved for each recipient: the RCPT reply when the server refused a
 * recipient, otherwise the reply to the end of DATA.
 *
 * @param remoteHost the server's name from its greeting
 * @param replies the final reply per recipient, in envelope order
 */
public record SmtpTransactionResult(String remoteHost, Map<String, SmtpClientReply> replies)
    implements Serializable {

  public SmtpTransactionResult {
    replies = Collections.unmodifiableMap(new LinkedHashMap<>(replies));
  }
}
