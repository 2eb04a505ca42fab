package org.jadepost.web.rest.mailbox;

import java.util.List;

/**
 * The body of {@code POST /api/v1/mailbox/tags/{id}/messages[/remove]}: which messages.
 *
 * @param folderId the folder holding them
 * @param uids their UIDs in that folder
 */
public record TaggingRequest(long folderId, List<Long> uids) {

  /** The UIDs, none when absent. */
  public List<Long> uidList() {
    return uids == null ? List.of() : uids;
  }
}
