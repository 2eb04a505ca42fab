package org.jadepost.adapter.imap.request;

/**
 * SELECT or EXAMINE (RFC 3501 §6.3.1) with the CONDSTORE parameter (RFC 7162 §3.1.8).
 *
 * @param readOnly true for EXAMINE
 * @param condstore whether {@code (CONDSTORE)} was given
 */
public record SelectRequest(String tag, String mailbox, boolean readOnly, boolean condstore)
    implements ImapRequest {

  @Override
  public String command() {
    return readOnly ? "EXAMINE" : "SELECT";
  }
}
