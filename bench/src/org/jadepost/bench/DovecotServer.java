package org.jadepost.bench;

import static org.jadepost.bench.Log.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's Dovecot run from the bench/dovecot/ template in a fresh directory: IMAP and POP3 on
 * free loopback ports, passwd-file users, Maildir. The system's own Dovecot stays stopped.
 */
public final class DovecotServer {
  /** Owner of the Maildirs (as in the reference stack; needs no passwd entry). */
  static final int MAIL_UID = 38000;

  private final Path root;
  private final int clients;
  private final int imapClientsPerProcess;
  private Path run;
  private Path conf;
  private int imapPort;
  private int pop3Port;
  private boolean started;

  /**
   * @param clients connections the server must take at once (the idle measurement's count plus
   *     room for the others)
   * @param imapClientsPerProcess the imap service's client_limit (Dovecot's default: 1)
   */
  public DovecotServer(Path root, int clients, int imapClientsPerProcess) {
    this.root = root;
    this.clients = clients;
    this.imapClientsPerProcess = imapClientsPerProcess;
  }

  /** Starts it with these users (address → password) of the domain bench.test. */
  public void start(Map<String, String> users) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/sbin/dovecot"))) {
      throw new IllegalStateException(
          "Dovecot is missing: apt-get install -y dovecot-imapd dovecot-pop3d");
    }
    run = Work.dir("dovecot");
    int[] ports = Net.freePorts(2);
    imapPort = ports[0];
    pop3Port = ports[1];
    Files.createDirectories(run.resolve("run"));
    Files.createDirectories(run.resolve("state"));
    Path mail = Files.createDirectories(run.resolve("mail"));
    Sh.run("chown", MAIL_UID + ":" + MAIL_UID, mail.toString());
    int processes = (clients + imapClientsPerProcess - 1) / imapClientsPerProcess + 100;
    String template = Files.readString(root.resolve("bench/dovecot/dovecot.conf"));
    conf = run.resolve("dovecot.conf");
    Files.writeString(conf, template
        .replace("@RUN@", run.toString())
        .replace("@IMAP_PORT@", "" + imapPort)
        .replace("@POP3_PORT@", "" + pop3Port)
        .replace("@UID@", "" + MAIL_UID)
        .replace("@CLIENTS@", "" + (clients + 4000)) // auth and anvil: 3 x login processes
        .replace("@IMAP_PROCESSES@", "" + processes)
        .replace("@IMAP_CLIENTS@", "" + imapClientsPerProcess));
    StringBuilder passwd = new StringBuilder();
    users.forEach((user, password) ->
        passwd.append(user).append(":{PLAIN}").append(password).append("::::::\n"));
    Files.writeString(run.resolve("users"), passwd);
    Sh.run("chmod", "644", run.resolve("users").toString());
    Sh.daemon(run.resolve("start.out"), "dovecot", "-c", conf.toString());
    started = true;
    Net.awaitPort(imapPort, Duration.ofSeconds(30));
    Net.awaitPort(pop3Port, Duration.ofSeconds(30));
    log("dovecot directory " + run + " (imap " + imapPort + ", pop3 " + pop3Port
        + ", imap client_limit " + imapClientsPerProcess + ")");
  }

  public int imapPort() {
    return imapPort;
  }

  public int pop3Port() {
    return pop3Port;
  }

  public long masterPid() throws Exception {
    return Long.parseLong(Files.readString(run.resolve("run/master.pid")).strip());
  }

  public Path dir() {
    return run;
  }

  public void stop(boolean keep) throws Exception {
    if (!started) {
      return;
    }
    started = false;
    long pid = masterPid();
    Sh.daemon(run.resolve("start.out"), "dovecot", "-c", conf.toString(), "stop");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    if (!keep) {
      Work.deleteTree(run);
    }
  }
}
