package org.jadepost.adapter.imap.session;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapListener;
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.adapter.endpoint.EndpointCallException;
import org.jadepost.adapter.endpoint.EndpointInvoker;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * Calls the {@link ImapListener} MDB, one fresh endpoint per call. An {@link ImapException} comes
 * back as it is; every other failure (no endpoint, a runtime exception, null) becomes {@code
 * ImapException(SERVERBUG)} with a fixed text, so no detail reaches the client.
 */
public final class ImapBackend {

  /** One listener call that may throw the contract's exception. */
  @FunctionalInterface
  public interface Call<R> {
    /** Calls the listener. */
    R apply(ImapListener listener) throws ImapException;
  }

  private final EndpointInvoker<ImapListener> endpoints;
  private final Map<String, Method> methods = new ConcurrentHashMap<>();

  /** A backend calling endpoints of {@code factory}. */
  public ImapBackend(MessageEndpointFactory factory) {
    this.endpoints = new EndpointInvoker<>(factory, ImapListener.class);
  }

  /**
   * Calls listener method {@code name} through {@code call}.
   *
   * @throws ImapException the listener's, or SERVERBUG for any other failure
   */
  public <R> R call(String name, int arguments, Call<R> call) throws ImapException {
    Method method = methods.computeIfAbsent(name + "/" + arguments, k -> find(name, arguments));
    Outcome<R> outcome;
    try {
      outcome =
          endpoints.invoke(
              method,
              l -> {
                try {
                  return new Outcome<>(call.apply(l), null);
                } catch (ImapException e) {
                  return new Outcome<>(null, e);
                }
              });
    } catch (EndpointCallException e) {
      throw serverBug();
    }
    if (outcome == null) {
      throw serverBug();
    }
    if (outcome.failure() != null) {
      throw outcome.failure();
    }
    return outcome.value();
  }

  private static ImapException serverBug() {
    return new ImapException(ImapResponseCode.SERVERBUG, ReplyText.SERVER_BUG.text());
  }

  private static Method find(String name, int arguments) {
    return Arrays.stream(ImapListener.class.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("ImapListener has no " + name));
  }

  private record Outcome<R>(R value, ImapException failure) {}
}
