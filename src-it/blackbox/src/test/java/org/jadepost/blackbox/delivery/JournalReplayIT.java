package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.Directories;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.ServerSettings;
import org.jadepost.blackbox.server.SmtpDialogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a power loss does to H2: it writes commits to its file but never fsyncs them, so the newest
 * commits can be gone while the fsynced blobs and commit journal survive. The test puts back a copy
 * of the database taken before the messages arrived (the commits "never reached the disk"), keeps
 * everything else, restarts, and finds every acknowledged message exactly once, with the folder
 * counters right.
 */
@ExtendWith(DatabaseAvailable.class)
class JournalReplayIT {

  private static final int MESSAGES = 5;

  private JadepostProcess server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void messagesAcknowledgedButLostByTheDatabaseShouldBeRestoredExactlyOnce() throws Exception {
    ServerSettings settings =
        ServerSettings.named("journal").with("JADEPOST_JOURNAL_CHECKPOINT_INTERVAL", "PT1H");
    server = JadepostProcess.startFresh(settings);
    assumeTrue("h2".equals(server.databaseKind()), "PostgreSQL fsyncs its own commits");
    Provisioning provisioning = new Provisioning(server);
    String domain = provisioning.createDomain("journal");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    server.stop();
    Path database = server.home().resolve("db");
    Path snapshot = Files.createTempDirectory("jadepost-db-snapshot");
    copy(database, snapshot);

    server.start();
    List<String> acknowledged = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      List<String> replies =
          SmtpDialogue.replies(
              server.ports().smtp(),
              "EHLO sender.example",
              "MAIL FROM:<partner@example.org>",
              "RCPT TO:<" + bob + ">",
              "DATA",
              "Subject: journaled " + i + "\r\n\r\nbody " + i + "\r\n.",
              "QUIT");
      assertThat(replies.get(5)).startsWith("250 2.0.0");
      acknowledged.add("journaled " + i);
    }
    assertThat(new Mailbox(server, bob).messages("INBOX")).hasSize(MESSAGES);
    server.crash();

    Directories.delete(database);
    copy(snapshot, database);
    Directories.delete(snapshot);
    server.start();

    Mailbox mailbox = new Mailbox(server, bob);
    List<String> subjects =
        mailbox.messages("INBOX").stream().map(m -> m.getString("subject")).toList();
    assertThat(subjects).containsExactlyInAnyOrderElementsOf(acknowledged);
    JsonObject inbox = mailbox.folder("INBOX");
    assertThat(inbox.getInt("messageCount")).isEqualTo(MESSAGES);
    assertThat(inbox.getInt("unseenCount")).isEqualTo(MESSAGES);
    assertThat(mailbox.newestRaw("INBOX")).contains("Received: from sender.example");

    server.stop();
    server.start();
    assertThat(new Mailbox(server, bob).messages("INBOX"))
        .as("a second start replays nothing again")
        .hasSize(MESSAGES);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
