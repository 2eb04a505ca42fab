package org.jadepost.adapter.testing;

import org.jadepost.adapter.api.imap.ImapListener;

/** Endpoints delegating to one {@link InMemoryImapListener}. */
public final class ImapEndpoints extends DelegatingEndpoints<ImapListener> {

  private final InMemoryImapListener listener;

  /** Endpoints over a new in-memory listener. */
  public ImapEndpoints() {
    this(new InMemoryImapListener());
  }

  private ImapEndpoints(InMemoryImapListener listener) {
    super(ImapListener.class, listener, "imap-test");
    this.listener = listener;
  }

  /** The listener behind every endpoint. */
  public InMemoryImapListener listener() {
    return listener;
  }
}
