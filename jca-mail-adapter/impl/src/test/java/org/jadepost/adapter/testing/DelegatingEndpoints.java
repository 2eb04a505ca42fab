package org.jadepost.adapter.testing;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.transaction.xa.XAResource;

/**
 * A message endpoint factory whose endpoints are proxies implementing the listener interface and
 * {@link MessageEndpoint}, all delegating to one in-memory listener.
 *
 * @param <L> the listener interface
 */
public class DelegatingEndpoints<L> implements MessageEndpointFactory {

  private final Class<L> type;
  private final L delegate;
  private final String name;

  /** Endpoints of {@code type}, named {@code name}, all delegating to {@code delegate}. */
  public DelegatingEndpoints(Class<L> type, L delegate, String name) {
    this.type = type;
    this.delegate = delegate;
    this.name = name;
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
                return method.invoke(delegate, args);
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
    return name;
  }

  @Override
  public Class<?> getEndpointClass() {
    return type;
  }
}
