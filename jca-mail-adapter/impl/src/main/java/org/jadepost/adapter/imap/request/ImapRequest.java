package org.jadepost.adapter.imap.request;

/** A parsed command: its tag and arguments. Immutable. */
public interface ImapRequest {

  /** The client's tag. */
  String tag();

  /** The command name as the dispatcher knows it, for example {@code UID FETCH}. */
  String command();
}
