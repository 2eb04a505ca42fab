package org.jadepost.adapter.ra;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.jadepost.adapter.events.InMemoryMailboxEventBus;
import org.jadepost.adapter.events.MailboxEventBus;
import org.jadepost.adapter.net.Acceptor;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ListenerConfiguration;
import org.jadepost.adapter.net.TlsContextProvider;
import org.jadepost.adapter.net.TlsMode;
import org.jadepost.adapter.net.TlsSettings;

/**
 * The mail resource adapter. On start it creates Netty event loops whose threads come from the
 * container's WorkManager; each MDB activation then binds one listener, which is unbound again on
 * deactivation. Connections are served by the protocol of the activation spec, and every protocol
 * step runs as WorkManager work so MDB calls never block an event loop.
 */
public class MailResourceAdapter implements ResourceAdapter, MailboxEventBus.Source {

  /** Event loops only move bytes; protocol work runs elsewhere, so few are needed. */
  public static final int DEFAULT_EVENT_LOOP_THREADS = 2;

  private static final Logger LOG = Logger.getLogger(MailResourceAdapter.class.getName());

  private final ConfigLookup lookup;
  private final Map<Activation, Acceptor> acceptors = new ConcurrentHashMap<>();
  private Integer eventLoopThreads = DEFAULT_EVENT_LOOP_THREADS;
  private volatile Running running;
  private volatile MailboxEventBus events;

  /** The adapter as the container creates it, configured from the real environment. */
  public MailResourceAdapter() {
    this(ConfigLookup.system());
  }

  /** An adapter reading its settings through {@code lookup}, for tests. */
  MailResourceAdapter(ConfigLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    if (eventLoopThreads == null || eventLoopThreads < 1) {
      throw new ResourceAdapterInternalException("eventLoopThreads must be positive");
    }
    Executor loops = WorkManagerExecutor.forEventLoops(context, "jadepost-mail-io");
    EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(eventLoopThreads, loops, NioIoHandler.newFactory());
    TlsContextProvider tls = new TlsContextProvider(TlsSettings.resolve(lookup));
    Executor commands = WorkManagerExecutor.forCommands(context);
    events = new InMemoryMailboxEventBus(commands);
    running = new Running(group, commands, tls);
    LOG.log(Level.INFO, "Mail adapter started with {0} event loops", eventLoopThreads);
  }

  @Override
  public void stop() {
    Running stopping = running;
    running = null;
    acceptors.values().forEach(Acceptor::close);
    acceptors.clear();
    if (stopping != null) {
      stopping
          .group()
          .shutdownGracefully(0, 5, TimeUnit.SECONDS)
          .awaitUninterruptibly(10, TimeUnit.SECONDS);
    }
    LOG.info("Mail adapter stopped");
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    Running current = running;
    if (current == null) {
      throw new ResourceException("The mail adapter is not started");
    }
    if (!(spec instanceof MailActivationSpec mailSpec)) {
      throw new NotSupportedException("Not a mail activation spec: " + spec);
    }
    ListenerConfiguration configuration = ListenerSettings.resolve(mailSpec, lookup);
    SslContext tls = configuration.tlsMode() == TlsMode.NONE ? null : tls(current);
    try {
      Acceptor acceptor =
          Acceptor.open(
              current.group(), current.commands(), configuration, tls, mailSpec.protocol(factory));
      acceptors.put(new Activation(factory, spec), acceptor);
      LOG.log(
          Level.INFO,
          "Listener {0} accepting on {1} (TLS {2})",
          new Object[] {configuration.name(), acceptor.localAddress(), configuration.tlsMode()});
    } catch (IOException e) {
      throw new ResourceException("Cannot start listener " + configuration.name(), e);
    }
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    Acceptor acceptor = acceptors.remove(new Activation(factory, spec));
    if (acceptor != null) {
      InetSocketAddress address = acceptor.localAddress();
      acceptor.close();
      LOG.log(Level.INFO, "Listener on {0} stopped", address);
    }
  }

  /** Inbound mail is not transactional toward the client, so there is nothing to recover. */
  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  /** The address a live activation is bound to; tells tests the port when port 0 was used. */
  Optional<InetSocketAddress> localAddress(MessageEndpointFactory factory, ActivationSpec spec) {
    return Optional.ofNullable(acceptors.get(new Activation(factory, spec)))
        .map(Acceptor::localAddress);
  }

  /** The in-node bus that carries mailbox changes to IMAP sessions; null before start. */
  @Override
  public MailboxEventBus events() {
    return events;
  }

  /** Where activation specs read deployment settings such as the data directory. */
  ConfigLookup lookup() {
    return lookup;
  }

  /** The number of Netty event loop threads, each a long-running WorkManager work. */
  public Integer getEventLoopThreads() {
    return eventLoopThreads;
  }

  /** Sets the number of event loop threads. */
  public void setEventLoopThreads(Integer eventLoopThreads) {
    this.eventLoopThreads = eventLoopThreads;
  }

  /** Equal when configured alike, as JavaBean resource adapters compare (IronJacamar checks). */
  @Override
  public boolean equals(Object other) {
    return other instanceof MailResourceAdapter adapter
        && getClass() == adapter.getClass()
        && Objects.equals(eventLoopThreads, adapter.eventLoopThreads);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), eventLoopThreads);
  }

  private static SslContext tls(Running current) throws ResourceException {
    try {
      return current.tls().serverContext();
    } catch (IOException | GeneralSecurityException e) {
      throw new ResourceException("Cannot load the TLS key material", e);
    }
  }

  private record Activation(MessageEndpointFactory factory, ActivationSpec spec) {}

  private record Running(EventLoopGroup group, Executor commands, TlsContextProvider tls) {}
}
