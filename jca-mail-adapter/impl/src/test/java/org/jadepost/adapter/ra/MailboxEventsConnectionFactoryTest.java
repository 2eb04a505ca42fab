package org.jadepost.adapter.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jadepost.adapter.api.imap.MailboxChange;
import org.jadepost.adapter.api.imap.MailboxEventsConnection;
import org.jadepost.adapter.api.imap.MailboxEventsConnectionFactory;
import org.jadepost.adapter.events.MailboxEventBus;
import org.jadepost.adapter.events.MailboxEventsManagedConnectionFactory;
import org.jadepost.adapter.testing.PoolingConnectionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbound events connection definition as a container uses it: the managed connection factory
 * associated with a started adapter, a pooling connection manager, and a subscriber on the
 * adapter's bus standing for an IMAP session (the scripted IDLE sessions of {@link ImapScriptTest}
 * publish the same way).
 */
class MailboxEventsConnectionFactoryTest {

  @TempDir Path home;
  private AdapterFixture fixture;

  @AfterEach
  void stopAdapter() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void publishShouldWakeSubscriberOfTheFolderWhenSentThroughTheFactory() throws Exception {
    fixture = new AdapterFixture(home);
    LinkedBlockingQueue<MailboxChange> inbox = subscribe("alice@example.org", "INBOX");
    LinkedBlockingQueue<MailboxChange> other = subscribe("bob@example.org", "INBOX");

    factory(new PoolingConnectionManager())
        .publish(new MailboxChange("alice@example.org", "INBOX", 7));

    assertThat(inbox.poll(1, TimeUnit.SECONDS))
        .isEqualTo(new MailboxChange("alice@example.org", "INBOX", 7));
    assertThat(other.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void connectionShouldBeReusedWhenItsHandleWasClosed() throws Exception {
    fixture = new AdapterFixture(home);
    LinkedBlockingQueue<MailboxChange> seen = subscribe("alice@example.org", "Sent");
    PoolingConnectionManager manager = new PoolingConnectionManager();
    MailboxEventsConnectionFactory factory = factory(manager);

    for (int modseq = 1; modseq <= 3; modseq++) {
      factory.publish(new MailboxChange("alice@example.org", "Sent", modseq));
    }

    assertThat(manager.created()).isEqualTo(1);
    for (int modseq = 1; modseq <= 3; modseq++) {
      assertThat(seen.poll(1, TimeUnit.SECONDS)).isNotNull();
    }
  }

  @Test
  void publishShouldFailWhenTheHandleIsClosed() throws Exception {
    fixture = new AdapterFixture(home);
    MailboxEventsConnection connection = factory(new PoolingConnectionManager()).getConnection();
    connection.close();

    assertThatThrownBy(() -> connection.publish(new MailboxChange("a", "INBOX", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void publishShouldFailClearlyWhenTheAdapterIsNotStarted() {
    MailboxEventsManagedConnectionFactory managed = new MailboxEventsManagedConnectionFactory();
    managed.setResourceAdapter(new MailResourceAdapter());
    MailboxEventsConnectionFactory factory =
        (MailboxEventsConnectionFactory)
            managed.createConnectionFactory(new PoolingConnectionManager());

    assertThatThrownBy(() -> factory.publish(new MailboxChange("a", "INBOX", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not started");
  }

  @Test
  void changeShouldSurviveSerializationWhenTheBusIsRemote() throws Exception {
    MailboxChange change = new MailboxChange("alice@example.org", "收件箱/项目", 42);

    assertThat(roundTrip(change)).isEqualTo(change);
  }

  private MailboxEventsConnectionFactory factory(PoolingConnectionManager manager) {
    MailboxEventsManagedConnectionFactory managed = new MailboxEventsManagedConnectionFactory();
    managed.setResourceAdapter(fixture.adapter);
    return (MailboxEventsConnectionFactory) managed.createConnectionFactory(manager);
  }

  private LinkedBlockingQueue<MailboxChange> subscribe(String account, String folder) {
    LinkedBlockingQueue<MailboxChange> seen = new LinkedBlockingQueue<>();
    MailboxEventBus bus = fixture.adapter.events();
    bus.subscribe(account, folder, seen::add);
    return seen;
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
