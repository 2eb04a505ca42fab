package org.jadepost.adapter.imap.response;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jadepost.adapter.api.imap.MessageContent;

/** One value in a response: NIL, a number, an atom, a string or a parenthesised list. */
public sealed interface ImapValue {

  /** NIL. */
  ImapValue NIL = new Nil();

  /** NIL. */
  record Nil() implements ImapValue {}

  /** A number. */
  record Num(long value) implements ImapValue {}

  /** An atom or other text written as it is, for example {@code \Seen} or {@code BODY[]}. */
  record Atom(String text) implements ImapValue {}

  /** A string, written quoted when it can be and as a literal otherwise. */
  record Str(byte[] bytes) implements ImapValue {
    @Override
    public boolean equals(Object other) {
      return other instanceof Str s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Str[" + new String(bytes, StandardCharsets.UTF_8) + "]";
    }
  }

  /**
   * A literal whose bytes are {@code length} octets of a stored message from {@code offset}; the
   * encoder streams them to the client, so a body is never held in memory whole.
   */
  record Streamed(MessageContent content, long offset, long length) implements ImapValue {}

  /** A parenthesised list. */
  record ListOf(List<ImapValue> values) implements ImapValue {
    /** Copies the list. */
    public ListOf {
      values = List.copyOf(values);
    }
  }

  /** A number. */
  static ImapValue num(long value) {
    return new Num(value);
  }

  /** An atom. */
  static ImapValue atom(String text) {
    return new Atom(text);
  }

  /** A UTF-8 string, or NIL for null. */
  static ImapValue str(String text) {
    return text == null ? NIL : new Str(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A list. */
  static ImapValue list(List<? extends ImapValue> values) {
    return new ListOf(List.copyOf(values));
  }

  /** A list. */
  static ImapValue list(ImapValue... values) {
    return new ListOf(List.of(values));
  }
}
