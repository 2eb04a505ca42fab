package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.jadepost.it.server.DeployedServer;
import org.jadepost.it.server.Endpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail clients read what was submitted, wherever {@code jadepost.ear} is deployed: over IMAP
 * (STARTTLS) and POP3 (STLS) with Jakarta Mail, through the adapter's listeners, the IMAP and POP3
 * MDBs and the mailbox. Each test makes its own domain and users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface MailAccessContract {

  String PASSWORD = "Secret-123";

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  private Endpoints endpoints() {
    return server().endpoints();
  }

  @Test
  default void imapShouldShowSubmittedMessageAndKeepItsFlagAcrossConnections() throws Exception {
    String domain = provision("alice", "bob");
    String subject = "季度报告 第" + token() + "版";
    String id = submit("alice@" + domain, "bob@" + domain, subject);

    try (Store store = imap("bob@" + domain)) {
      assertThat(Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName))
          .contains("INBOX", "Drafts", "Sent", "Deleted", "Spam");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      Message message = onlyMessage(inbox);
      assertThat(message.getHeader("Message-ID")).containsExactly(id);
      assertThat(message.getSubject()).isEqualTo(subject);
      assertThat(message.getContent()).isEqualTo(SubmissionClient.BODY);
      assertThat(message.isSet(Flags.Flag.FLAGGED)).isFalse();
      message.setFlag(Flags.Flag.FLAGGED, true);
    }
    try (Store again = imap("bob@" + domain)) {
      Folder inbox = again.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      assertThat(onlyMessage(inbox).isSet(Flags.Flag.FLAGGED)).isTrue();
    }
    try (Store sender = imap("alice@" + domain)) {
      Folder sent = sender.getFolder("Sent");
      sent.open(Folder.READ_ONLY);
      assertThat(onlyMessage(sent).getSubject()).isEqualTo(subject);
    }
  }

  /** POP3 serves the same bytes IMAP's {@code BODY[]} does: the stored message, unchanged. */
  @Test
  default void pop3ShouldRetrieveSubmittedMessageByteForByteAsImapServesIt() throws Exception {
    String domain = provision("alice", "carol");
    String subject = "发票 " + token();
    submit("alice@" + domain, "carol@" + domain, subject);

    byte[] overImap;
    try (Store store = imap("carol@" + domain)) {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      overImap = bytes(onlyMessage(inbox));
    }
    try (Store store = MailboxClient.pop3(endpoints().pop3Port(), "carol@" + domain, PASSWORD)) {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message message = onlyMessage(inbox);
      assertThat(message.getSubject()).isEqualTo(subject);
      assertThat(message.getContent()).isEqualTo(SubmissionClient.BODY);
      assertThat(bytes(message)).isEqualTo(overImap);
    }
  }

  /**
   * A client idling in the Inbox hears of a new message at once: the mailbox publishes the change
   * through {@code java:app/jadepost/MailboxEvents}, and the adapter wakes the session.
   */
  @Test
  default void imapIdleShouldReportNewMessageWithinSecondsOfItsDelivery() throws Exception {
    String domain = provision("alice", "dave");
    try (Store store = imap("dave@" + domain)) {
      IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      CountDownLatch added = new CountDownLatch(1);
      inbox.addMessageCountListener(
          new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent event) {
              added.countDown();
            }
          });
      Thread idler = new Thread(() -> idleOnce(inbox), "imap-idle");
      idler.setDaemon(true);
      idler.start();
      Thread.sleep(1500); // IDLE is under way before the message arrives

      submit("alice@" + domain, "dave@" + domain, "通知 " + token());

      assertThat(added.await(10, TimeUnit.SECONDS))
          .as("* n EXISTS while idling, within 10 s of the 250")
          .isTrue();
    }
  }

  private static void idleOnce(IMAPFolder folder) {
    try {
      folder.idle(true);
    } catch (MessagingException | IllegalStateException e) {
      // the store was closed while idling: the assertion has already decided
    }
  }

  private String provision(String... users) throws Exception {
    return UserMail.create(new AdminApi(endpoints()), "mail", users).domain();
  }

  private String submit(String from, String to, String subject) throws MessagingException {
    return SubmissionClient.send(endpoints().submissionPort(), from, PASSWORD, to, subject);
  }

  private Store imap(String user) throws MessagingException {
    return MailboxClient.imap(endpoints().imapPort(), user, PASSWORD);
  }

  private static Message onlyMessage(Folder folder) throws MessagingException {
    assertThat(folder.getMessageCount()).as(folder.getFullName()).isEqualTo(1);
    return folder.getMessage(1);
  }

  private static byte[] bytes(Message message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  private static String token() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
