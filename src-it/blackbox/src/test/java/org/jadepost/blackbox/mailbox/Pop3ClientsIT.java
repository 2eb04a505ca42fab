package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.MxSender;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * POP3 with curl (pop3:// with STLS, pop3s://) and fetchmail (STLS, UIDL, keep, then fetch and
 * delete), counting and comparing what they fetched with what the Inbox holds.
 */
@ExtendWith(SharedJadepost.class)
class Pop3ClientsIT {

  @TempDir Path work;
  private JadepostProcess server;
  private String alice;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    alice = provisioning.createUser(provisioning.createDomain("popcli"), "alice", "Alice");
  }

  @Test
  void curlShouldListRetrieveAndDelete() throws IOException {
    MxSender.deliver(server, alice, Pop3IT.CHINESE.getBytes(StandardCharsets.UTF_8));
    MxSender.deliver(server, alice, Pop3IT.message("second"));
    Mailbox web = new Mailbox(server, alice);
    String newest = web.newestRaw("INBOX");
    Path second = work.resolve("2.eml");

    ExternalClient.Run list = curl(pop3() + "/", "--ssl-reqd");
    ExternalClient.Run retr = curl(pop3s() + "/2", "-o", second.toString());
    ExternalClient.Run uidl = curl(pop3s() + "/", "-X", "UIDL");
    ExternalClient.Run dele = curl(pop3() + "/1", "--ssl-reqd", "-X", "DELE", "-I");
    ExternalClient.Run wrong =
        ExternalClient.run("", "curl", "-sS", "-k", "-u", alice + ":wrong", pop3s() + "/");

    assertThat(list.exitCode()).as(list.output()).isZero();
    assertThat(list.output().lines()).hasSize(2).allMatch(l -> l.matches("[12] \\d+"));
    assertThat(retr.exitCode()).as(retr.output()).isZero();
    assertThat(Files.readString(second, StandardCharsets.UTF_8)).isEqualTo(newest);
    assertThat(uidl.output().lines()).hasSize(2).allMatch(l -> l.matches("[12] \\d+\\.\\d+"));
    assertThat(dele.exitCode()).as(dele.output()).isZero();
    assertThat(web.messages("INBOX"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("subject")).isEqualTo("second"));
    assertThat(wrong.exitCode()).as("CURLE_LOGIN_DENIED").isEqualTo(67);
  }

  @Test
  void fetchmailShouldFetchEachMessageOnceWithKeepAndThenDeleteWithoutIt() throws IOException {
    for (int i = 1; i <= 3; i++) {
      MxSender.deliver(server, alice, Pop3IT.message("fetch " + i));
    }
    String newest = new Mailbox(server, alice).newestRaw("INBOX");
    Path drop = Files.createDirectories(work.resolve("drop"));

    assertThat(fetchmail(drop, "keep").output()).contains("3 messages for " + alice);
    assertThat(delivered(drop)).hasSize(3);
    ExternalClient.Run again = fetchmail(drop, "keep");
    assertThat(delivered(drop)).as(again.output()).hasSize(3);
    ExternalClient.Run flush = fetchmail(drop, "fetchall");

    assertThat(flush.exitCode()).as(flush.output()).isZero();
    List<Path> files = delivered(drop);
    assertThat(files).hasSize(6);
    // fetchmail's MDA gets LF line ends, and fetchmail puts its own Return-Path and Received
    // above the rest of the message as the server stored it.
    String unixNewest = newest.replace("\r\n", "\n");
    String afterReturnPath = unixNewest.substring(unixNewest.indexOf('\n') + 1);
    assertThat(files.stream().map(ExternalClient::readUtf8))
        .anyMatch(f -> f.endsWith(afterReturnPath));
    assertThat(new Mailbox(server, alice).messages("INBOX")).isEmpty();
  }

  private ExternalClient.Run fetchmail(Path drop, String keepOrFetchAll) throws IOException {
    Path rc = work.resolve("fetchmailrc");
    Files.writeString(
        rc,
        "set no syslog\n"
            + "poll 127.0.0.1 protocol pop3 port "
            + server.ports().pop3()
            + " uidl\n"
            + "  user \""
            + alice
            + "\" there with password \""
            + Provisioning.PASSWORD
            + "\"\n"
            + "  sslproto \"tls1.2+\" no sslcertck "
            + keepOrFetchAll
            + "\n"
            + "  mda \"/bin/sh -c 'cat > $(mktemp "
            + drop
            + "/msg.XXXXXX)'\"\n");
    Files.setPosixFilePermissions(rc, PosixFilePermissions.fromString("rw-------"));
    return ExternalClient.run(
        "",
        "env",
        "FETCHMAILHOME=" + work,
        "fetchmail",
        "-v",
        "-f",
        rc.toString(),
        "-i",
        work.resolve("fetchids").toString());
  }

  private static List<Path> delivered(Path drop) throws IOException {
    try (Stream<Path> files = Files.list(drop)) {
      return files.sorted().toList();
    }
  }

  private ExternalClient.Run curl(String url, String... options) {
    List<String> command =
        new ArrayList<>(
            List.of("curl", "-sS", "-k", "-u", alice + ":" + Provisioning.PASSWORD, url));
    command.addAll(List.of(options));
    return ExternalClient.run("", command.toArray(String[]::new));
  }

  private String pop3() {
    return "pop3://127.0.0.1:" + server.ports().pop3();
  }

  private String pop3s() {
    return "pop3s://127.0.0.1:" + server.ports().pop3s();
  }
}
