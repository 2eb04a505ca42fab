package org.jadepost.bench;

import static org.jadepost.bench.Log.log;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/jadepost run} of a source tree on a fresh home with every port on a free loopback
 * port, a random administrator password, and a REST client to create domains and users.
 */
public final class JadepostServer {
  private final Path root;
  private final boolean skipBuild;
  private final Map<String, String> extraEnv;
  private Path home;
  private Process launcher;
  private int httpPort;
  private int smtpPort;
  private int imapPort;
  private int pop3Port;
  private String password;
  private long javaPid;
  private boolean stopped;
  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * @param root the source tree whose bin/jadepost and ear/target/jadepost-micro.jar run
   * @param extraEnv more environment for bin/jadepost run (for example JADEPOST_JAVA_OPTS)
   */
  public JadepostServer(Path root, boolean skipBuild, Map<String, String> extraEnv) {
    this.root = root;
    this.skipBuild = skipBuild;
    this.extraEnv = extraEnv;
  }

  public void start() throws Exception {
    home = Work.dir("jadepost");
    Map<String, String> env = new LinkedHashMap<>();
    int[] ports = Net.freePorts(10);
    httpPort = ports[0];
    smtpPort = ports[1];
    imapPort = ports[4];
    pop3Port = ports[6];
    env.put("JADEPOST_HTTP_PORT", "" + httpPort);
    env.put("JADEPOST_SMTP_PORT", "" + smtpPort);
    env.put("JADEPOST_SUBMISSION_PORT", "" + ports[2]);
    env.put("JADEPOST_SMTPS_PORT", "" + ports[3]);
    env.put("JADEPOST_IMAP_PORT", "" + imapPort);
    env.put("JADEPOST_IMAPS_PORT", "" + ports[5]);
    env.put("JADEPOST_POP3_PORT", "" + pop3Port);
    env.put("JADEPOST_POP3S_PORT", "" + ports[7]);
    env.put("JADEPOST_PROBE_PORT", "" + ports[8]);
    env.put("JADEPOST_HOME", home.toString());
    env.put("JADEPOST_BIND", "127.0.0.1");
    password = "Bench" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    env.put("JADEPOST_ADMIN_PASSWORD", password);
    if (skipBuild) {
      env.put("JADEPOST_SKIP_BUILD", "1");
    }
    env.putAll(extraEnv);
    ProcessBuilder builder =
        new ProcessBuilder(root.resolve("bin/jadepost").toString(), "run")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("launcher.out").toFile());
    builder.environment().putAll(env);
    launcher = builder.start();
    log("jadepost home " + home + " (launcher output in launcher.out, server log in logs/)");
    long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    while (!Files.readString(home.resolve("launcher.out")).contains("Jadepost is running")) {
      if (!launcher.isAlive()) {
        throw new IllegalStateException(
            "bin/jadepost run exited with " + launcher.exitValue() + ":\n"
                + Files.readString(home.resolve("launcher.out")));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Jadepost did not start within 15 minutes");
      }
      Thread.sleep(500);
    }
    javaPid =
        launcher.toHandle().descendants()
            .filter(p -> p.info().command().orElse("").endsWith("java"))
            .findFirst().orElseThrow().pid();
  }

  /** A domain {@code <prefix>-<random>.test} with the given quota for it and for each user. */
  public String createDomain(String prefix, long quotaBytes) throws Exception {
    return createDomain(prefix, quotaBytes, quotaBytes);
  }

  /**
   * A domain {@code <prefix>-<random>.test}; its quota must hold the sum of its users' quotas.
   */
  public String createDomain(String prefix, long quotaBytes, long userQuotaBytes) throws Exception {
    String domain = prefix + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3)) + ".test";
    post("/api/v1/domains", "{\"name\":\"" + domain + "\",\"quotaBytes\":" + quotaBytes
        + ",\"userQuotaBytes\":" + userQuotaBytes + "}");
    return domain;
  }

  public void createUser(String domain, String localPart, String userPassword, long quotaBytes)
      throws Exception {
    post("/api/v1/domains/" + domain + "/users",
        "{\"localPart\":\"" + localPart + "\",\"password\":\"" + userPassword + "\","
            + "\"displayName\":\"Bench\",\"quotaBytes\":" + quotaBytes + ",\"role\":\"USER\"}");
  }

  private void post(String path, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + password).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " "
          + response.body());
    }
  }

  /** {@code jcmd <java pid> ...}; its output. */
  public String jcmd(String... command) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("jcmd", "" + javaPid));
    cmd.addAll(List.of(command));
    return Sh.run(cmd.toArray(String[]::new));
  }

  public Path home() {
    return home;
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  public int pop3Port() {
    return pop3Port;
  }

  public long javaPid() {
    return javaPid;
  }

  /** The launcher, whose process tree is the server. */
  public long launcherPid() {
    return launcher.pid();
  }

  /** Stops the server; deletes its home unless {@code keep}. */
  public void stop(boolean keep) throws Exception {
    if (stopped || launcher == null) {
      return;
    }
    stopped = true;
    launcher.destroy(); // SIGTERM: the launcher's trap stops the JVM and waits for it
    launcher.waitFor();
    if (!keep) {
      Work.deleteTree(home);
    }
  }
}
