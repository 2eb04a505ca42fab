package org.jadepost.web.webmail.read;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Which message a reading servlet serves: the {@code f} (folder id) and {@code u} (UID) request
 * parameters. The ids are only a lookup key: the boundary resolves them inside the signed-in user's
 * own mailbox, so another user's ids find nothing.
 *
 * @param folderId the folder
 * @param uid the message's UID in it
 */
record MessageAddress(long folderId, long uid) {

  /** The message {@code request} names, or empty when a parameter is missing or not a number. */
  static Optional<MessageAddress> of(HttpServletRequest request) {
    try {
      return Optional.of(
          new MessageAddress(
              Long.parseLong(request.getParameter("f")),
              Long.parseLong(request.getParameter("u"))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
