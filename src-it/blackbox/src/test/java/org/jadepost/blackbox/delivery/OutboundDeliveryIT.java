package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.RemoteMailServer;
import org.jadepost.blackbox.server.ServerSettings;
import org.jadepost.blackbox.server.Smtplib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound delivery end to end: alice submits with Python's smtplib to addresses outside the hosted
 * domains, the server relays them (JADEPOST_OUTBOUND_RELAY) to another mail server on loopback, and
 * she follows each recipient's status through the REST API and finds DSNs in her Inbox. A server of
 * its own with a 20-second retry period, so retries and expiry show quickly.
 */
@ExtendWith(DatabaseAvailable.class)
class OutboundDeliveryIT {

  private static final Duration SOON = Duration.ofSeconds(60);
  private static final String JMX_PASSWORD = "Jmx-" + Provisioning.unique("pw");
  private static final String CHINESE_SUBJECT = "=?UTF-8?B?5oql5Lu35Y2VIOesrOS4ieeJiA==?=";

  private static RemoteMailServer remote;
  private static JadepostProcess server;

  private Provisioning provisioning;
  private String alice;
  private String bob;

  @BeforeAll
  static void start() throws Exception {
    remote = RemoteMailServer.start();
    server =
        JadepostProcess.startFresh(
            ServerSettings.named("outbound")
                .with("JADEPOST_OUTBOUND_RELAY", remote.relay())
                .with("JADEPOST_OUTBOUND_RETRY_PERIOD", "PT20S")
                .with("JADEPOST_OUTBOUND_POLL_INTERVAL", "PT1S")
                .withJmx(JMX_PASSWORD));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (remote != null) {
      remote.close();
    }
  }

  @BeforeEach
  void provision() {
    provisioning = new Provisioning(server);
    String domain = provisioning.createDomain("out");
    alice = provisioning.createUser(domain, "alice", "王小明");
    bob = provisioning.createUser(domain, "bob", "Bob");
  }

  @Test
  void remoteRecipientShouldGetTheExactBytesAndTheSenderSeeDeliveredRemote() {
    String outside = Provisioning.unique("partner") + "@far.example";
    String message =
        "From: =?UTF-8?B?546L5bCP5piO?= <"
            + alice
            + ">\r\nTo: "
            + outside
            + ", "
            + bob
            + "\r\nSubject: "
            + CHINESE_SUBJECT
            + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n"
            + "您好，附件是第三版报价单。\r\n.leading dot\r\n";

    String id = submit(List.of(outside, bob), message);

    RemoteMailServer.Received got = awaitReceived(outside);
    assertThat(got.mailFrom()).isEqualTo(alice);
    assertThat(got.recipients()).containsExactly(outside);
    assertThat(got.text()).startsWith("Received: ").endsWith(message);
    assertThat(got.text()).contains("Subject: " + CHINESE_SUBJECT);
    JsonObject report = awaitStatus(id, outside, "DELIVERED_REMOTE");
    assertThat(statusOf(report, bob)).isEqualTo("DELIVERED_TO_MAILBOX");
    assertThat(recipient(report, outside).getString("reply")).contains("250");
    assertThat(new Mailbox(server, bob).newestRaw("INBOX")).endsWith(message);
  }

  @Test
  void aRecipientTheRemoteServerRefusesShouldBounceWithADsnInTheSendersInbox() {
    String refused = Provisioning.unique("nobody") + "@far.example";
    String taken = Provisioning.unique("somebody") + "@far.example";
    remote.answer(refused, "550 5.1.1 No such user here");

    String id = submit(List.of(refused, taken), plain("Quarterly figures"));

    JsonObject report = awaitStatus(id, refused, "BOUNCED");
    assertThat(recipient(report, refused).getString("reply")).contains("550 5.1.1");
    assertThat(awaitStatus(id, taken, "DELIVERED_REMOTE")).isNotNull();
    String dsn = awaitDsn();
    assertThat(dsn)
        .contains("multipart/report", "report-type=delivery-status", "message/delivery-status")
        .contains("Final-Recipient: rfc822; " + refused, "Action: failed", "Status: 5.1.1")
        .contains("Subject: Quarterly figures")
        .doesNotContain("Final-Recipient: rfc822; " + taken);
  }

  @Test
  void aDeferredRecipientShouldBeRetriedAndDeliveredWhenTheServerTakesIt() {
    String busy = Provisioning.unique("busy") + "@far.example";
    remote.answer(busy, "450 4.2.1 Mailbox busy, try later");

    String id = submit(List.of(busy), plain("Try again"));

    JsonObject deferred = awaitStatus(id, busy, "DEFERRED");
    assertThat(recipient(deferred, busy).getString("reply")).contains("450 4.2.1");
    remote.answer(busy, "250 2.1.5 Ok");
    JsonObject delivered = awaitStatus(id, busy, "DELIVERED_REMOTE");
    assertThat(recipient(delivered, busy).getInt("attempts")).isGreaterThanOrEqualTo(2);
    assertThat(awaitReceived(busy).mailFrom()).isEqualTo(alice);
  }

  @Test
  void aRecipientDeferredUntilTheRetryPeriodEndsShouldBounceWithADsn() {
    String never = Provisioning.unique("never") + "@far.example";
    remote.answer(never, "450 4.2.1 Mailbox busy, try later");

    String id = submit(List.of(never), plain("Expiring"));

    awaitStatus(id, never, "DEFERRED");
    assertThat(serverMBean("OutboundDeferredCount")).as("deferred, on JMX").isPositive();
    assertThat(serverMBean("OutboundQueueSize")).as("not yet sent, on JMX").isPositive();
    awaitStatus(id, never, "BOUNCED");
    assertThat(awaitDsn())
        .contains("Final-Recipient: rfc822; " + never, "Action: failed")
        .as("RFC 3464: a failed recipient has a 5.x.x status; the last reply is the diagnostic")
        .containsPattern("Status: 5\\.\\d+\\.\\d+")
        .contains("Diagnostic-Code: smtp; 450 4.2.1");
  }

  @Test
  void twoMessagesToTheSameServerShouldShareOneConnectionWithRsetBetween() {
    String first = Provisioning.unique("first") + "@far.example";
    String second = Provisioning.unique("second") + "@far.example";

    String one = submit(List.of(first), plain("One"));
    awaitStatus(one, first, "DELIVERED_REMOTE");
    String two = submit(List.of(second), plain("Two"));
    awaitStatus(two, second, "DELIVERED_REMOTE");

    List<String> session =
        remote.sessions().stream()
            .filter(s -> s.contains("RCPT TO:<" + second + ">"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session for " + second));
    List<String> before = session.subList(0, session.indexOf("RCPT TO:<" + second + ">"));
    assertThat(before)
        .as("the connection carried an earlier transaction and was reset: " + session)
        .contains("DATA", "RSET");
  }

  /** An attribute of org.jadepost:type=Server, read over remote JMX as an operator would. */
  private static long serverMBean(String attribute) {
    JMXServiceURL url;
    try {
      url =
          new JMXServiceURL(
              "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + server.ports().jmx() + "/jmxrmi");
      Map<String, ?> login = Map.of(JMXConnector.CREDENTIALS, new String[] {"admin", JMX_PASSWORD});
      try (JMXConnector jmx = JMXConnectorFactory.connect(url, login)) {
        MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
        return (Long) mbeans.getAttribute(new ObjectName("org.jadepost:type=Server"), attribute);
      }
    } catch (IOException | JMException e) {
      throw new AssertionError("JMX read of " + attribute + " failed", e);
    }
  }

  private String plain(String subject) {
    return "From: <" + alice + ">\r\nSubject: " + subject + "\r\n\r\nHello.\r\n";
  }

  /** Submits as alice and returns the "queued as" id. */
  private String submit(List<String> to, String message) {
    ExternalClient.Run run =
        Smtplib.submit(
            "starttls",
            server.ports().submission(),
            alice,
            Provisioning.PASSWORD,
            alice,
            to,
            message,
            false);
    assertThat(run.exitCode()).as(run.output()).isZero();
    return run.output()
        .lines()
        .filter(l -> l.startsWith("DATA 250"))
        .map(l -> l.substring(l.lastIndexOf(' ') + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no queue id in " + run.output()));
  }

  private static RemoteMailServer.Received awaitReceived(String recipient) {
    return await(
        "a message for " + recipient + " at the remote server",
        () ->
            remote.received().stream().filter(r -> r.recipients().contains(recipient)).findFirst());
  }

  private JsonObject awaitStatus(String id, String recipient, String status) {
    ApiClient api = ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD);
    return await(
        recipient + " " + status,
        () -> {
          ApiResponse response = api.get("/api/v1/messages/" + id + "/delivery");
          assertThat(response.status()).as(response.toString()).isEqualTo(200);
          JsonObject report = response.json();
          return Optional.of(report).filter(r -> status.equals(statusOf(r, recipient)));
        });
  }

  private String awaitDsn() {
    Mailbox inbox = new Mailbox(server, alice);
    Predicate<JsonObject> isDsn = m -> m.getString("subject", "").startsWith("Undelivered Mail");
    await(
        "a DSN in alice's Inbox", () -> inbox.messages("INBOX").stream().filter(isDsn).findFirst());
    return inbox.newestRaw("INBOX");
  }

  private static String statusOf(JsonObject report, String recipient) {
    return recipient(report, recipient).getString("status");
  }

  private static JsonObject recipient(JsonObject report, String recipient) {
    return report.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
        .filter(r -> recipient.equals(r.getString("recipient")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(recipient + " not in " + report));
  }

  private static <T> T await(String what, Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plus(SOON);
    while (Instant.now().isBefore(deadline)) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
    throw new AssertionError(
        "no " + what + " within " + SOON + " (remote: " + remote.sessions() + ")");
  }
}
