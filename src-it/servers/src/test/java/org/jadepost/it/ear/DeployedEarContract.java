package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jadepost.it.outbound.SmtpSink;
import org.jadepost.it.server.DeployedServer;
import org.jadepost.it.server.Endpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What must hold wherever {@code jadepost.ear} is deployed. An implementing class starts its server
 * and deploys the EAR in {@code @BeforeAll}, and undeploys and stops it in {@code @AfterAll}. Each
 * test makes its own domain, so none depends on another. Reading mail over IMAP and POP3 is in
 * {@link MailAccessContract}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface DeployedEarContract
    extends MailAccessContract,
        RetentionJobContract,
        ComposeContract,
        TransferContract,
        ScheduledSendContract,
        ReceiptContract,
        WebmailBrowserContract {

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  @Override
  DeployedServer server();

  private Endpoints endpoints() {
    return server().endpoints();
  }

  private AdminApi api() {
    return new AdminApi(endpoints());
  }

  @Test
  default void readinessShouldReportDatabaseAndListenersUpWhenEarIsDeployed() throws Exception {
    HttpResponse<String> response = api().awaitReadiness(Duration.ofSeconds(30));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(AdminApi.object(response).getString("status")).isEqualTo("UP");
    assertThat(AdminApi.checks(response))
        .containsEntry("database", "UP")
        .containsEntry("listeners", "UP");
  }

  @Test
  default void applicationReadinessShouldReportDatabaseAndListenersUpOnEveryServer()
      throws Exception {
    HttpResponse<String> response = api().get("status/ready");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(AdminApi.object(response).getString("status")).isEqualTo("UP");
    assertThat(AdminApi.checks(response))
        .containsEntry("database", "UP")
        .containsEntry("listeners", "UP");
  }

  @Test
  default void restShouldCreateAndListDomainWhenProviderAdministratorAuthenticates()
      throws Exception {
    String domain = uniqueDomain();

    HttpResponse<String> created = api().post("api/v1/domains", "{\"name\":\"" + domain + "\"}");
    HttpResponse<String> listed = api().get("api/v1/domains");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(AdminApi.object(created).getString("name")).isEqualTo(domain);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    List<String> names =
        AdminApi.array(listed).getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("name"))
            .toList();
    assertThat(names).contains(domain);
  }

  @Test
  default void restShouldCreateUserWhenDomainExists() throws Exception {
    String domain = uniqueDomain();
    api().post("api/v1/domains", "{\"name\":\"" + domain + "\"}");

    HttpResponse<String> created =
        api()
            .post(
                "api/v1/domains/" + domain + "/users",
                "{\"localPart\":\"alice\",\"password\":\"Secret-123\",\"displayName\":\"Alice\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject user = AdminApi.object(created);
    assertThat(user.getString("address")).isEqualTo("alice@" + domain);
    assertThat(user).doesNotContainKey("passwordHash");
  }

  @Test
  default void restShouldAnswer401WhenPasswordIsWrong() throws Exception {
    HttpResponse<String> response =
        api().getAs("admin", "wrong-" + UUID.randomUUID(), "api/v1/domains");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("createdAt");
  }

  @Test
  default void loginPageShouldRenderLoginFormWhenRequested() throws Exception {
    HttpResponse<String> page = api().page("login.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("login:username").contains("<form");
  }

  /**
   * The resource adapter accepts, the MDB answers, and STATUS goes on to an EJB and the database.
   */
  @Test
  default void probeShouldAnswerPongAndStatusWhenAsked() throws IOException {
    try (ProbeClient probe = ProbeClient.connect(endpoints().probePort())) {
      assertThat(probe.greeting()).isEqualTo("OK Jadepost probe ready");
      assertThat(probe.send("PING")).isEqualTo("PONG");
      assertThat(probe.send("STATUS")).startsWith("OK version=").endsWith(" database=up");
      assertThat(probe.send("QUIT")).isEqualTo("BYE");
    }
  }

  /**
   * A user's mail for an address outside the hosted domains leaves through the resource adapter's
   * SMTP client: the connection factory the EAR defines on its embedded RAR is bound and works.
   */
  @Test
  default void submittedMailForAnOutsideAddressShouldReachTheRemoteServer() throws Exception {
    String domain = uniqueDomain();
    api().post("api/v1/domains", "{\"name\":\"" + domain + "\"}");
    api()
        .post(
            "api/v1/domains/" + domain + "/users",
            "{\"localPart\":\"alice\",\"password\":\"Secret-123\",\"displayName\":\"Alice\"}");
    String outside = "partner-" + UUID.randomUUID().toString().substring(0, 8) + "@far.example";

    try (SmtpSink remote = new SmtpSink(endpoints().relayPort())) {
      String id =
          SubmissionClient.send(
              endpoints().submissionPort(), "alice@" + domain, "Secret-123", outside, "报价单");

      SmtpSink.Received received = awaitReceived(remote, outside, Duration.ofSeconds(60));
      assertThat(received.mailFrom()).isEqualTo("alice@" + domain);
      assertThat(received.data()).startsWith("Received: ").contains("Message-ID: " + id);
    }
  }

  private static SmtpSink.Received awaitReceived(SmtpSink remote, String rcpt, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      for (SmtpSink.Received received : remote.received) {
        if (received.recipients().contains(rcpt)) {
          return received;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("nothing for " + rcpt + " reached the remote server in " + patience);
  }

  private static String uniqueDomain() {
    return "smoke-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
  }
}
