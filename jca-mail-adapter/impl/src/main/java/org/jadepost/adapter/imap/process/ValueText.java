package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.imap.response.ImapValue;

/** Writes atom lists as text for response codes such as PERMANENTFLAGS. */
final class ValueText {

  private ValueText() {}

  static void append(ImapValue value, StringBuilder out) {
    if (value instanceof ImapValue.ListOf list) {
      out.append('(');
      for (int i = 0; i < list.values().size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        append(list.values().get(i), out);
      }
      out.append(')');
    } else if (value instanceof ImapValue.Atom atom) {
      out.append(atom.text());
    } else if (value instanceof ImapValue.Num num) {
      out.append(num.value());
    }
  }
}
