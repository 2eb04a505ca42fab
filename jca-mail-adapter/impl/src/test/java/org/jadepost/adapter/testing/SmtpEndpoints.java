package org.jadepost.adapter.testing;

import org.jadepost.adapter.api.SmtpListener;

/** Endpoints delegating to one {@link InMemorySmtpListener}. */
public final class SmtpEndpoints extends DelegatingEndpoints<SmtpListener> {

  private final InMemorySmtpListener listener;

  /** Endpoints over a new in-memory listener. */
  public SmtpEndpoints() {
    this(new InMemorySmtpListener());
  }

  private SmtpEndpoints(InMemorySmtpListener listener) {
    super(SmtpListener.class, listener, "smtp-test");
    this.listener = listener;
  }

  /** The listener behind every endpoint. */
  public InMemorySmtpListener listener() {
    return listener;
  }
}
