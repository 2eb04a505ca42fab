package org.jadepost.it.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jadepost.it.deployment.Tenants.PROVIDER;
import static org.jadepost.it.deployment.Tenants.uniqueDomain;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.NewUser;
import org.jadepost.it.deployment.Deployments;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.MessageSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.outbound.boundary.DeliveryStatusService;
import org.jadepost.outbound.control.OutboundQueue;
import org.jadepost.outbound.entity.DeliveryReport;
import org.jadepost.outbound.entity.DeliveryStatus;
import org.jadepost.outbound.entity.RecipientStatus;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.NotFoundException;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound delivery in the deployed EAR: the queue, the worker, the adapter's SMTP client through
 * the relay setting (a sink on loopback), statuses, retries and DSNs.
 */
@ExtendWith(ArquillianExtension.class)
class OutboundDeliveryIT {

  @Inject OutboundQueue queue;
  @Inject DeliveryStatusService statuses;
  @Inject BlobStore blobs;
  @Inject DomainService domains;
  @Inject AccountService accounts;
  @Inject AccountStore accountStore;
  @Inject MailboxService mailbox;

  private SmtpSink sink;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.jadepostEar();
  }

  @BeforeEach
  void startSink() throws Exception {
    String relay = ConfigProvider.getConfig().getValue("jadepost.outbound.relay", String.class);
    sink = new SmtpSink(Integer.parseInt(relay.substring(relay.lastIndexOf(':') + 1)));
  }

  @AfterEach
  void stopSink() throws Exception {
    sink.close();
  }

  @Test
  void enqueueShouldDeliverToTheRemoteServerAndReportIt() throws Exception {
    Actor alice = newUser();
    String id = send(alice, "bob@far.example", "carol@far.example");

    DeliveryReport report = await(alice, id, s -> s.status() == DeliveryStatus.DELIVERED_REMOTE);

    assertThat(report.recipients())
        .extracting(RecipientStatus::recipient)
        .containsExactly("bob@far.example", "carol@far.example");
    assertThat(report.recipients().get(0).remoteHost()).contains("sink.test");
    assertThat(report.recipients().get(0).reply()).startsWith("250 2.0.0 Ok: queued as sink");
    SmtpSink.Received received =
        sink.received.stream().filter(r -> r.data().contains(id)).findFirst().orElseThrow();
    assertThat(received.mailFrom()).isEqualTo(alice.login());
    assertThat(received.recipients()).containsExactly("bob@far.example", "carol@far.example");
    // The client stuffed the leading dot and the sink took it off again: the line is unchanged.
    assertThat(received.data())
        .contains("Subject: Outbound " + id)
        .endsWith("\r\n\r\nHello 你好\r\n.dot line\r\n");
  }

  @Test
  void enqueueShouldRetryWhenTheServerDefersAndThenDeliver() throws Exception {
    Actor alice = newUser();
    String later = "later-" + UUID.randomUUID().toString().substring(0, 6) + "@far.example";
    String id = send(alice, later);

    DeliveryReport deferred = await(alice, id, s -> s.status() == DeliveryStatus.DEFERRED);
    assertThat(deferred.recipients().get(0).reply()).contains("451 4.7.1 Greylisted");
    assertThat(deferred.recipients().get(0).nextAttemptAt()).isAfter(Instant.now().minusSeconds(1));

    DeliveryReport delivered = await(alice, id, s -> s.status() == DeliveryStatus.DELIVERED_REMOTE);
    assertThat(delivered.recipients().get(0).attempts()).isEqualTo(2);
  }

  @Test
  void enqueueShouldBounceAtOnceOnA5xxWithADsnInTheSendersInbox() throws Exception {
    Actor alice = newUser();
    String id = send(alice, "reject-me@far.example", "fine@far.example");

    DeliveryReport report =
        await(
            alice,
            id,
            s -> s.status() != DeliveryStatus.QUEUED && s.status() != DeliveryStatus.DEFERRED);

    assertThat(report.recipients())
        .extracting(RecipientStatus::status)
        .containsExactly(DeliveryStatus.BOUNCED, DeliveryStatus.DELIVERED_REMOTE);
    assertThat(report.recipients().get(0).reply()).isEqualTo("550 5.1.1 No such user here");
    MessageSummary dsn = awaitInbox(alice);
    assertThat(dsn.subject()).contains("Undelivered Mail Returned to Sender").contains("退信");
  }

  @Test
  void reportShouldNotShowAnotherUsersMessage() throws Exception {
    Actor alice = newUser();
    Actor mallory = newUser();
    String id = send(alice, "bob@far.example");
    queue.recordLocalDelivery(id, accountId(alice), "dave@" + alice.domain());

    assertThatThrownBy(() -> statuses.report(mallory, id)).isInstanceOf(NotFoundException.class);
    assertThat(statuses.report(alice, id).recipients())
        .extracting(RecipientStatus::status)
        .contains(DeliveryStatus.DELIVERED_TO_MAILBOX);
  }

  private String send(Actor sender, String... recipients) throws Exception {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String raw =
        "From: "
            + sender.login()
            + "\r\nTo: "
            + String.join(", ", recipients)
            + "\r\nSubject: Outbound "
            + id
            + "\r\n\r\nHello 你好\r\n.dot line\r\n";
    BlobRef blob = blobs.put(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    queue.enqueue(id, accountId(sender), sender.login(), List.of(recipients), blob);
    return id;
  }

  private long accountId(Actor actor) {
    return accountStore.find(actor.domain(), actor.localPart()).orElseThrow().getId();
  }

  private DeliveryReport await(Actor actor, String id, Predicate<RecipientStatus> each)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    DeliveryReport report = statuses.report(actor, id);
    while (!report.recipients().stream().allMatch(each) && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      report = statuses.report(actor, id);
    }
    assertThat(report.recipients()).as("statuses of " + id).allMatch(each);
    return report;
  }

  private MessageSummary awaitInbox(Actor actor) throws InterruptedException {
    long inbox =
        mailbox.folders(actor).stream()
            .filter(f -> f.specialUse() == SpecialUse.INBOX)
            .findFirst()
            .orElseThrow()
            .id();
    Instant deadline = Instant.now().plusSeconds(30);
    List<MessageSummary> messages = mailbox.list(actor, inbox, null, 10).messages();
    while (messages.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      messages = mailbox.list(actor, inbox, null, 10).messages();
    }
    assertThat(messages).as("Inbox of " + actor.login()).hasSize(1);
    return messages.get(0);
  }

  private Actor newUser() {
    String domain = uniqueDomain("out");
    domains.create(PROVIDER, domain, DomainSettings.defaults());
    accounts.createUser(
        PROVIDER, domain, new NewUser("alice", "Secret-123", "Alice", null, null, null));
    return new Actor(Actor.Kind.USER, "alice@" + domain, domain, "Alice");
  }
}
