package org.jadepost.adapter.testing;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.transaction.xa.XAResource;
import org.jadepost.adapter.api.SmtpListener;

/**
 * A message endpoint factory whose endpoints are proxies implementing {@link SmtpListener} and
 * {@link MessageEndpoint}, all delegating to one {@link InMemorySmtpListener}.
 */
public final class SmtpEndpoints implements MessageEndpointFactory {

  private final InMemorySmtpListener listener = new InMemorySmtpListener();

  /** The listener behind every endpoint. */
  public InMemorySmtpListener listener() {
    return listener;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource) {
    return (MessageEndpoint)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {SmtpListener.class, MessageEndpoint.class},
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
    return "smtp-test";
  }

  @Override
  public Class<?> getEndpointClass() {
    return SmtpListener.class;
  }
}
