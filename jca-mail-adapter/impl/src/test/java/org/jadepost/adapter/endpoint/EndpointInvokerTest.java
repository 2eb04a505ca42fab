package org.jadepost.adapter.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.UnavailableException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.ProbeListener;
import org.jadepost.adapter.testing.DelegatingEndpoints;
import org.jadepost.adapter.testing.ProbeEndpoints;
import org.junit.jupiter.api.Test;

class EndpointInvokerTest {

  private static final Method REPLY =
      EndpointInvoker.method(ProbeListener.class, "reply", ConnectionInfo.class, String.class);
  private static final ConnectionInfo CONNECTION =
      new ConnectionInfo("c1", "probe", null, null, false);

  @Test
  void invokeShouldUseAFreshEndpointPerCallWhenNotTransacted() throws Exception {
    ProbeEndpoints endpoints = new ProbeEndpoints(false);
    EndpointInvoker<ProbeListener> invoker = new EndpointInvoker<>(endpoints, ProbeListener.class);

    String first = invoker.invoke(REPLY, listener -> listener.reply(CONNECTION, "one"));
    String second = invoker.invoke(REPLY, listener -> listener.reply(CONNECTION, "two"));

    assertThat(first).isEqualTo("ECHO one");
    assertThat(second).isEqualTo("ECHO two");
    assertThat(endpoints.created()).isEqualTo(2);
    assertThat(endpoints.released()).isEqualTo(2);
    assertThat(endpoints.events()).containsExactly("reply:one", "release", "reply:two", "release");
  }

  @Test
  void invokeShouldBracketCallWithDeliveryWhenTransacted() throws Exception {
    ProbeEndpoints endpoints = new ProbeEndpoints(true);
    EndpointInvoker<ProbeListener> invoker = new EndpointInvoker<>(endpoints, ProbeListener.class);

    invoker.invoke(REPLY, listener -> listener.reply(CONNECTION, "one"));

    assertThat(endpoints.events()).containsExactly("before:reply", "reply:one", "after", "release");
  }

  @Test
  void invokeShouldEndDeliveryAndReleaseWhenListenerThrows() {
    ProbeEndpoints endpoints = new ProbeEndpoints(true);
    EndpointInvoker<ProbeListener> invoker = new EndpointInvoker<>(endpoints, ProbeListener.class);

    assertThatThrownBy(() -> invoker.invoke(REPLY, listener -> listener.reply(CONNECTION, "FAIL")))
        .isInstanceOf(EndpointCallException.class)
        .hasMessageContaining("ProbeListener.reply")
        .hasRootCauseInstanceOf(IllegalStateException.class);
    assertThat(endpoints.events())
        .containsExactly("before:reply", "reply:FAIL", "after", "release");
    assertThat(endpoints.released()).isEqualTo(endpoints.created());
  }

  @Test
  void invokeShouldFailWithoutCallingWhenNoEndpointIsAvailable() {
    ProbeEndpoints unavailable = new ProbeEndpoints(false);
    unavailable.setUnavailable(true);
    EndpointInvoker<ProbeListener> invoker =
        new EndpointInvoker<>(unavailable, ProbeListener.class);

    assertThatThrownBy(() -> invoker.invoke(REPLY, listener -> listener.reply(CONNECTION, "x")))
        .isInstanceOf(EndpointCallException.class)
        .hasCauseInstanceOf(UnavailableException.class);
    assertThat(unavailable.events()).isEmpty();
  }

  @Test
  void invokeShouldQueueCallsBeyondTheSlotsWhenABurstArrives() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ProbeListener slow =
        new ProbeListener() {
          @Override
          public String greet(ConnectionInfo connection) {
            return "hi";
          }

          @Override
          public String reply(ConnectionInfo connection, String line) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "ECHO " + line;
          }
        };
    EndpointInvoker<ProbeListener> invoker =
        new EndpointInvoker<>(
            new DelegatingEndpoints<>(ProbeListener.class, slow, "burst"), ProbeListener.class);
    ExecutorService callers = Executors.newFixedThreadPool(64);
    try {
      List<Future<String>> replies = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String line = "n" + i;
        replies.add(
            callers.submit(
                () -> invoker.invoke(REPLY, listener -> listener.reply(CONNECTION, line))));
      }
      for (int i = 0; i < 64; i++) {
        assertThat(replies.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("ECHO n" + i);
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(most.get()).isBetween(2, EndpointInvoker.MAX_CONCURRENT_CALLS);
  }

  @Test
  void methodShouldRejectUnknownListenerMethod() {
    assertThatThrownBy(() -> EndpointInvoker.method(ProbeListener.class, "nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
