package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.ImapFlagState;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;

/** The FETCH items {@code UID n FLAGS (...) [MODSEQ (m)]} of a flag change. */
final class FlagItems {

  private FlagItems() {}

  static ImapValue flags(int mask, List<String> keywords) {
    List<ImapValue> flags = new ArrayList<>();
    for (ImapFlag flag : ImapFlag.of(mask)) {
      flags.add(ImapValue.atom(flag.atom()));
    }
    keywords.forEach(k -> flags.add(ImapValue.atom(k)));
    return ImapValue.list(flags);
  }

  static List<ImapValue> of(ImapSession session, ImapFlagState state) {
    List<ImapValue> items = new ArrayList<>();
    items.add(ImapValue.atom("UID"));
    items.add(ImapValue.num(state.uid()));
    items.add(ImapValue.atom("FLAGS"));
    items.add(flags(state.flags(), state.keywords()));
    if (session.condstore()) {
      items.add(ImapValue.atom("MODSEQ"));
      items.add(ImapValue.list(ImapValue.num(state.modseq())));
    }
    return items;
  }

  /** Splits wire flags into the system mask and keywords. */
  static int mask(List<String> flags, List<String> keywords) {
    int mask = 0;
    for (String flag : flags) {
      boolean system = false;
      for (ImapFlag f : ImapFlag.values()) {
        if (f.atom().equalsIgnoreCase(flag)) {
          mask |= f.bit();
          system = true;
        }
      }
      if (!system && !flag.startsWith("\\")) {
        keywords.add(flag);
      }
    }
    return mask;
  }
}
