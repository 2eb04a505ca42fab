package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.PARTNER;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.chineseMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line clients people script against an IMAP server: curl fetches a message, mbsync
 * mirrors the mailbox into a Maildir and mutt copies it into an mbox in batch mode. What they get
 * is the bytes that were delivered.
 */
@ExtendWith(SharedJadepost.class)
class ImapToolsIT {

  private JadepostProcess server;
  private String alice;
  private String first;
  private String second;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    alice = provisioning.createUser(provisioning.createDomain("tools"), "alice", "王小明");
    ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, "第一封", "正文一"));
    ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, "第二封", "正文二"));
    Mailbox mailbox = new Mailbox(server, alice);
    first = mailbox.raw("INBOX", 1);
    second = mailbox.raw("INBOX", 2);
  }

  @Test
  void curlShouldFetchAMessageByUidOverStartTlsAndImplicitTls() {
    ExternalClient.Run starttls =
        curl("imap://127.0.0.1:" + server.ports().imap() + "/INBOX;UID=2");
    ExternalClient.Run implicit =
        curl("imaps://127.0.0.1:" + server.ports().imaps() + "/INBOX;UID=1");

    assertThat(starttls.exitCode()).as(starttls.output()).isZero();
    assertThat(starttls.output()).isEqualTo(second);
    assertThat(implicit.exitCode()).as(implicit.output()).isZero();
    assertThat(implicit.output()).isEqualTo(first);
  }

  @Test
  void mbsyncShouldMirrorTheInboxIntoAMaildirByteForByte(@TempDir Path dir) throws IOException {
    Path certificate = dir.resolve("server.pem");
    ExternalClient.Run cert =
        ExternalClient.run(
            "",
            "sh",
            "-c",
            "openssl s_client -connect 127.0.0.1:"
                + server.ports().imaps()
                + " </dev/null 2>/dev/null | openssl x509 > "
                + certificate);
    assertThat(cert.exitCode()).as(cert.output()).isZero();
    Files.createDirectories(dir.resolve("mail"));
    Path config = dir.resolve("mbsyncrc");
    Files.writeString(config, mbsyncConfig(dir, certificate));

    ExternalClient.Run run = ExternalClient.run("", "mbsync", "-c", config.toString(), "-a");

    assertThat(run.exitCode()).as(run.output()).isZero();
    // A Maildir holds LF line ends, and mbsync marks each file with its own X-TUID header.
    List<String> synced =
        files(dir.resolve("mail/INBOX")).stream()
            .map(f -> f.replaceFirst("(?m)^X-TUID: .*\n", ""))
            .toList();
    assertThat(synced).containsExactlyInAnyOrder(unix(first), unix(second));
  }

  @Test
  void muttInBatchModeShouldCopyTheInboxIntoAnMbox(@TempDir Path dir) throws IOException {
    Path mbox = dir.resolve("copy.mbox");
    Path rc = dir.resolve("muttrc");
    // $folder in the test's own directory: otherwise a machine without ~/Mail makes mutt ask
    // "Create ~/Mail?", and that prompt eats the pushed keys.
    Files.writeString(
        rc,
        "set folder=\""
            + dir
            + "\"\nset imap_user=\""
            + alice
            + "\"\nset imap_pass=\""
            + Provisioning.PASSWORD
            + "\"\nset ssl_starttls=no\nset ssl_force_tls=no\nset confirmcreate=no\n"
            + "set confirmappend=no\nset quit=yes\nset mbox_type=mbox\nset move=no\n"
            + "set header_cache=\"\"\nset charset=utf-8\nset imap_idle=no\nset wait_key=no\n");
    String url = "imap://127.0.0.1:" + server.ports().imap() + "/INBOX";
    String push =
        "push '<tag-pattern>~A<enter><tag-prefix-cond><copy-message>" + mbox + "<enter><quit>'";

    // script runs this line with $SHELL, /bin/sh when unset (as under CI): dash forks, and a
    // plain timeout would put mutt in a background process group where the terminal stops it.
    ExternalClient.Run run =
        ExternalClient.run(
            "",
            "script",
            "-qec",
            "HOME="
                + dir
                + " TERM=dumb timeout --foreground 60 mutt -n -F "
                + rc
                + " -f "
                + url
                + " -e \""
                + push
                + "\"",
            "/dev/null");

    assertThat(run.exitCode()).as(run.output()).isZero();
    String copied = Files.readString(mbox, StandardCharsets.UTF_8);
    assertThat(copied).contains(body(first), body(second));
    assertThat(copied.split("\nFrom ", -1)).hasSize(2);
  }

  private ExternalClient.Run curl(String url) {
    return ExternalClient.run(
        "",
        "curl",
        "--silent",
        "--show-error",
        "--insecure",
        "--ssl-reqd",
        "--url",
        url,
        "--user",
        alice + ":" + Provisioning.PASSWORD);
  }

  private String mbsyncConfig(Path dir, Path certificate) {
    return "IMAPAccount jp\nHost 127.0.0.1\nPort "
        + server.ports().imaps()
        + "\nUser "
        + alice
        + "\nPass "
        + Provisioning.PASSWORD
        + "\nSSLType IMAPS\nSystemCertificates no\nCertificateFile "
        + certificate
        + "\n\nIMAPStore remote\nAccount jp\n\nMaildirStore local\nPath "
        + dir.resolve("mail")
        + "/\nInbox "
        + dir.resolve("mail/INBOX")
        + "\nSubFolders Verbatim\n\nChannel jp\nFar :remote:\nNear :local:\n"
        + "Patterns INBOX\nCreate Near\nSyncState *\n";
  }

  private static List<String> files(Path maildir) throws IOException {
    try (Stream<Path> all =
        Stream.concat(Files.list(maildir.resolve("cur")), Files.list(maildir.resolve("new")))) {
      return all.map(ImapToolsIT::read).toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String unix(String raw) {
    return raw.replace("\r\n", "\n");
  }

  private static String body(String raw) {
    return raw.substring(raw.indexOf("\r\n\r\n") + 4).replace("\r\n", "\n").strip();
  }
}
