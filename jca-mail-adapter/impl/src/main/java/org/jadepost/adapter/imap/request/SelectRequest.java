package org.jadepost.adapter.imap.request;

import java.util.Optional;

/**
 * SELECT or EXAMINE (RFC 3501 §6.3.1) with the CONDSTORE (RFC 7162 §3.1.8) and QRESYNC (RFC 7162
 * §3.2.5) parameters.
 *
 * @param readOnly true for EXAMINE
 * @param condstore whether {@code CONDSTORE} was given
 * @param qresync the {@code QRESYNC (...)} parameter, if given
 */
public record SelectRequest(
    String tag,
    String mailbox,
    boolean readOnly,
    boolean condstore,
    Optional<QresyncParameters> qresync)
    implements ImapRequest {

  @Override
  public String command() {
    return readOnly ? "EXAMINE" : "SELECT";
  }
}
