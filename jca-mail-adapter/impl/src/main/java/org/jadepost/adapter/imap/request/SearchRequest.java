package org.jadepost.adapter.imap.request;

/**
 * SEARCH or UID SEARCH (RFC 3501 §6.4.4) with CHARSET (US-ASCII or UTF-8).
 *
 * @param usesModseq whether a MODSEQ key asks for the {@code (MODSEQ n)} result (RFC 7162 §3.1.5)
 */
public record SearchRequest(String tag, boolean uid, SearchCriterion criterion, boolean usesModseq)
    implements ImapRequest {

  @Override
  public String command() {
    return uid ? "UID SEARCH" : "SEARCH";
  }
}
