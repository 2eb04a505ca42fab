package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapListener;
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.ModifiedUtf7;

/** Folder names between the wire (modified UTF-7 or UTF-8) and the listener (UTF-8). */
final class Folders {

  private Folders() {}

  /** The listener's name for what the client wrote: INBOX in any case is INBOX. */
  static String decode(ImapSession session, String wire) throws ImapException {
    String name =
        session.utf8()
            ? wire
            : ModifiedUtf7.decode(wire)
                .orElseThrow(
                    () -> new ImapException(ImapResponseCode.CANNOT, "Invalid folder name"));
    if (name.endsWith(String.valueOf(ImapListener.DELIMITER)) && name.length() > 1) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.equalsIgnoreCase("INBOX")) {
      return "INBOX";
    }
    if (name.regionMatches(true, 0, "INBOX/", 0, 6)) {
      return "INBOX" + name.substring(5);
    }
    return name;
  }

  /** The wire form of {@code name}. */
  static ImapValue encode(ImapSession session, String name) {
    return ImapValue.str(session.utf8() ? name : ModifiedUtf7.encode(name));
  }
}
