package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jadepost.it.server.DeployedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writing mail (issue 6) wherever {@code jadepost.ear} is deployed: a message sent over the user
 * REST API goes through the submission rules into the colleague's Inbox with a Chinese subject
 * intact, a Sent copy stays, and a draft lands in Drafts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface ComposeContract {

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  @Test
  default void composeShouldSendToAColleagueAndKeepSentAndDraftCopies() throws Exception {
    AdminApi api = new AdminApi(server().endpoints());
    UserMail mail = UserMail.create(api, "compose", "alice", "bob");
    String alice = mail.address("alice");
    String bob = mail.address("bob");
    String message =
        "{\"to\":[\"" + bob + "\"],\"subject\":\"报价单 EAR\",\"html\":\"<p>你好 <b>Bob</b></p>\"}";

    HttpResponse<String> sent =
        api.postAs(alice, UserMail.PASSWORD, "api/v1/mailbox/outbox", message);
    HttpResponse<String> draft =
        api.postAs(alice, UserMail.PASSWORD, "api/v1/mailbox/drafts", message);

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    assertThat(mail.awaitSubjects(bob, "INBOX")).containsExactly("报价单 EAR");
    assertThat(mail.awaitSubjects(alice, "SENT")).containsExactly("报价单 EAR");
    assertThat(mail.awaitSubjects(alice, "DRAFTS")).containsExactly("报价单 EAR");
  }
}
