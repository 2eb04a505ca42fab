package org.jadepost.adapter.testing;

import io.netty.util.internal.ThreadExecutorMap;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.ProbeListener;

/**
 * A message endpoint factory like a container's: every endpoint is a new dynamic proxy implementing
 * {@link ProbeListener} and {@link MessageEndpoint}. It counts lifecycle calls and records the
 * order of events, so tests can check the per-call endpoint contract.
 *
 * <p>The listener greets with {@code OK probe ready}, answers {@code QUIT} with {@code BYE see
 * you}, throws on {@code FAIL}, and echoes anything else as {@code ECHO <line>}.
 */
public final class ProbeEndpoints implements MessageEndpointFactory {

  private final boolean transacted;
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger released = new AtomicInteger();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<ConnectionInfo> connections = new CopyOnWriteArrayList<>();
  private final AtomicBoolean calledOnEventLoop = new AtomicBoolean();
  private volatile boolean unavailable;

  /** A factory whose listener methods are transacted or not. */
  public ProbeEndpoints(boolean transacted) {
    this.transacted = transacted;
  }

  /** Endpoints created so far. */
  public int created() {
    return created.get();
  }

  /** Endpoints released so far. */
  public int released() {
    return released.get();
  }

  /** Lifecycle and listener calls in order, for example {@code before:reply}, {@code reply:HI}. */
  public List<String> events() {
    return events;
  }

  /** Makes {@link #createEndpoint} fail as when the application is being undeployed. */
  public void setUnavailable(boolean unavailable) {
    this.unavailable = unavailable;
  }

  /** Whether any listener call ran on a Netty event loop, which must never happen. */
  public boolean calledOnEventLoop() {
    return calledOnEventLoop.get();
  }

  /** The connection info passed with every listener call. */
  public List<ConnectionInfo> connections() {
    return connections;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource) throws UnavailableException {
    if (unavailable) {
      throw new UnavailableException("the application is being undeployed");
    }
    created.incrementAndGet();
    return (MessageEndpoint)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ProbeListener.class, MessageEndpoint.class},
            new Endpoint());
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource, long timeout)
      throws UnavailableException {
    return createEndpoint(xaResource);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return transacted;
  }

  @Override
  public String getActivationName() {
    return "probe-test";
  }

  @Override
  public Class<?> getEndpointClass() {
    return ProbeListener.class;
  }

  private final class Endpoint implements InvocationHandler {
    private final ProbeListener listener = new EchoListener();

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "beforeDelivery" -> events.add("before:" + ((Method) args[0]).getName());
        case "afterDelivery" -> events.add("after");
        case "release" -> {
          events.add("release");
          released.incrementAndGet();
        }
        case "greet", "reply" -> {
          connections.add((ConnectionInfo) args[0]);
          if (ThreadExecutorMap.currentExecutor() != null) {
            calledOnEventLoop.set(true);
          }
          return call(method, args);
        }
        default -> throw new UnsupportedOperationException(method.getName());
      }
      return null;
    }

    private Object call(Method method, Object[] args) throws Throwable {
      events.add(method.getName() + (args.length > 1 ? ":" + args[1] : ""));
      try {
        return method.invoke(listener, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static final class EchoListener implements ProbeListener {
    @Override
    public String greet(ConnectionInfo connection) {
      return "OK probe ready";
    }

    @Override
    public String reply(ConnectionInfo connection, String line) {
      return switch (line) {
        case "QUIT" -> "BYE see you";
        case "FAIL" -> throw new IllegalStateException("listener failure for the test");
        default -> "ECHO " + line;
      };
    }
  }
}
