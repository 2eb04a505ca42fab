package org.jadepost.adapter.endpoint;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls a listener method on a fresh MDB endpoint and releases it at once. Holding an endpoint per
 * connection would let idle clients exhaust the MDB pool, so every call creates its own. When the
 * container says the method is transacted, the call is bracketed by {@code beforeDelivery} and
 * {@code afterDelivery} (JCA 1.7 §13.5.6).
 *
 * <p>At most {@link #MAX_CONCURRENT_CALLS} calls of one activation run at once; more wait for a
 * free slot. Payara refuses an endpoint call outright when the MDB's bean pool (32 by default) is
 * exhausted, so a burst of logins from many connections would otherwise fail instead of queueing.
 *
 * @param <L> the message listener interface, for example {@code ProbeListener}
 */
public final class EndpointInvoker<L> {

  private static final Logger LOG = Logger.getLogger(EndpointInvoker.class.getName());

  /** Below the MDB pools' defaults (Payara 32), so a burst queues here instead of failing there. */
  public static final int MAX_CONCURRENT_CALLS = 16;

  /** How long a call waits for a free slot before it fails like an unavailable endpoint. */
  static final long SLOT_WAIT_SECONDS = 60;

  private final Semaphore slots = new Semaphore(MAX_CONCURRENT_CALLS, true);
  private final MessageEndpointFactory factory;
  private final Class<L> listenerType;
  private final Map<Method, Boolean> transacted = new ConcurrentHashMap<>();

  /** An invoker delivering to endpoints of {@code factory} that implement {@code listenerType}. */
  public EndpointInvoker(MessageEndpointFactory factory, Class<L> listenerType) {
    this.factory = factory;
    this.listenerType = listenerType;
  }

  /** Looks up a listener method once, for {@link #invoke}. */
  public static Method method(Class<?> listenerType, String name, Class<?>... parameterTypes) {
    try {
      return listenerType.getMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(listenerType.getName() + " has no method " + name, e);
    }
  }

  /**
   * Calls {@code method} through {@code call} on a new endpoint.
   *
   * @param method the listener method {@code call} invokes, for the transaction decision
   * @param call invokes the method on the endpoint
   * @return what the listener returned
   * @throws EndpointCallException if the call failed; the cause is already logged
   */
  public <R> R invoke(Method method, Function<? super L, R> call) throws EndpointCallException {
    acquireSlot(method);
    try {
      MessageEndpoint endpoint = create(method);
      try {
        return isTransacted(method)
            ? deliverTransacted(endpoint, method, call)
            : deliver(endpoint, method, call);
      } finally {
        release(endpoint);
      }
    } finally {
      slots.release();
    }
  }

  private void acquireSlot(Method method) throws EndpointCallException {
    try {
      if (!slots.tryAcquire(SLOT_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw failure(method, new UnavailableException("No free listener slot within 60 s"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(method, new UnavailableException("Interrupted waiting for a listener slot"));
    }
  }

  private MessageEndpoint create(Method method) throws EndpointCallException {
    try {
      return factory.createEndpoint(null);
    } catch (UnavailableException | RuntimeException e) {
      throw failure(method, e);
    }
  }

  private boolean isTransacted(Method method) throws EndpointCallException {
    Boolean known = transacted.get(method);
    if (known != null) {
      return known;
    }
    try {
      boolean value = factory.isDeliveryTransacted(method);
      transacted.put(method, value);
      return value;
    } catch (NoSuchMethodException e) {
      throw failure(method, e);
    }
  }

  private <R> R deliverTransacted(
      MessageEndpoint endpoint, Method method, Function<? super L, R> call)
      throws EndpointCallException {
    try {
      endpoint.beforeDelivery(method);
    } catch (NoSuchMethodException | ResourceException | RuntimeException e) {
      throw failure(method, e);
    }
    R result;
    try {
      result = deliver(endpoint, method, call);
    } catch (EndpointCallException e) {
      completeAfterFailure(endpoint, e);
      throw e;
    }
    try {
      endpoint.afterDelivery();
    } catch (ResourceException | RuntimeException e) {
      throw failure(method, e);
    }
    return result;
  }

  private <R> R deliver(MessageEndpoint endpoint, Method method, Function<? super L, R> call)
      throws EndpointCallException {
    try {
      return call.apply(listenerType.cast(endpoint));
    } catch (RuntimeException e) {
      throw failure(method, e);
    }
  }

  /** Ends the transaction of a failed call; the container rolls it back. */
  private static void completeAfterFailure(
      MessageEndpoint endpoint, EndpointCallException failure) {
    try {
      endpoint.afterDelivery();
    } catch (ResourceException | RuntimeException e) {
      failure.addSuppressed(e);
      LOG.log(Level.WARNING, "Ending the transaction of a failed call failed", e);
    }
  }

  private static void release(MessageEndpoint endpoint) {
    try {
      endpoint.release();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Releasing an endpoint failed", e);
    }
  }

  private EndpointCallException failure(Method method, Exception cause) {
    String call = listenerType.getSimpleName() + "." + method.getName();
    LOG.log(Level.WARNING, cause, () -> "Listener call " + call + " failed");
    return new EndpointCallException(call, cause);
  }
}
