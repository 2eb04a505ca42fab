package org.jadepost.adapter.testing;

import org.jadepost.adapter.api.SmtpListener;

/**
 * Endpoints implementing {@link SmtpListener}, all delegating to one {@link InMemorySmtpListener}.
 */
public final class SmtpEndpoints extends ListenerEndpoints<SmtpListener> {

  private final InMemorySmtpListener listener;

  /** Endpoints on a fresh listener. */
  public SmtpEndpoints() {
    this(new InMemorySmtpListener());
  }

  private SmtpEndpoints(InMemorySmtpListener listener) {
    super(SmtpListener.class, listener);
    this.listener = listener;
  }

  /** The listener behind every endpoint. */
  public InMemorySmtpListener listener() {
    return listener;
  }
}
