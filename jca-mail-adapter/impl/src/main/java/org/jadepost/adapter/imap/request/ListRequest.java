package org.jadepost.adapter.imap.request;

import java.util.List;

/**
 * LIST or LSUB (RFC 3501 §6.3.8, §6.3.9) with the selection and return options of RFC 5258 that
 * SPECIAL-USE needs (RFC 6154 §5).
 *
 * @param lsub true for LSUB
 * @param subscribedOnly the SUBSCRIBED selection option
 * @param specialUseOnly the SPECIAL-USE selection option
 * @param returnSpecialUse the SPECIAL-USE return option (ignored: always returned)
 */
public record ListRequest(
    String tag,
    boolean lsub,
    String reference,
    List<String> patterns,
    boolean subscribedOnly,
    boolean specialUseOnly,
    boolean returnSpecialUse)
    implements ImapRequest {

  /** Copies the patterns. */
  public ListRequest {
    patterns = List.copyOf(patterns);
  }

  @Override
  public String command() {
    return lsub ? "LSUB" : "LIST";
  }
}
