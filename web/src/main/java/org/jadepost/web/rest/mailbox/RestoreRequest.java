package org.jadepost.web.rest.mailbox;

import java.util.List;

/**
 * The body of {@code POST /api/v1/mailbox/deleted/restore}.
 *
 * @param ids the emptied mail to restore (ids from the restorable list)
 * @param folderId the folder to restore it into
 */
public record RestoreRequest(List<Long> ids, long folderId) {

  /** The ids, none when absent. */
  public List<Long> idList() {
    return ids == null ? List.of() : ids;
  }
}
