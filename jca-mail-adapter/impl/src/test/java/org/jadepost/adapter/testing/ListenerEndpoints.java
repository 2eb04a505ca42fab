package org.jadepost.adapter.testing;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.transaction.xa.XAResource;

/**
 * A message endpoint factory whose endpoints are proxies implementing the listener interface and
 * {@link MessageEndpoint}, all delegating to one in-memory listener, as a container's MDB proxies
 * would.
 *
 * @param <L> the message listener interface
 */
public class ListenerEndpoints<L> implements MessageEndpointFactory {

  private final Class<L> type;
  private final L listener;

  /** Endpoints of {@code type} delegating to {@code listener}. */
  public ListenerEndpoints(Class<L> type, L listener) {
    this.type = type;
    this.listener = listener;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource) {
    return (MessageEndpoint)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {type, MessageEndpoint.class},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == MessageEndpoint.class) {
                return null;
              }
              try {
                return method.invoke(listener, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
    return createEndpoint(xaResource);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return false;
  }

  @Override
  public String getActivationName() {
    return type.getSimpleName() + "-test";
  }

  @Override
  public Class<?> getEndpointClass() {
    return type;
  }
}
