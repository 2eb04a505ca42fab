package org.jadepost.adapter.testing;

import org.jadepost.adapter.api.pop3.Pop3Listener;

/**
 * Endpoints implementing {@link Pop3Listener}, all delegating to one {@link InMemoryPop3Listener}.
 */
public final class Pop3Endpoints extends DelegatingEndpoints<Pop3Listener> {

  private final InMemoryPop3Listener listener;

  /** Endpoints on a fresh listener. */
  public Pop3Endpoints() {
    this(new InMemoryPop3Listener());
  }

  private Pop3Endpoints(InMemoryPop3Listener listener) {
    super(Pop3Listener.class, listener, "pop3-test");
    this.listener = listener;
  }

  /** The listener behind every endpoint. */
  public InMemoryPop3Listener listener() {
    return listener;
  }
}
