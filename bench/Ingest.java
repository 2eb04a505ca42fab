import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Durable SMTP ingest benchmark: messages per second that Jadepost and Postfix acknowledge with 250
 * at 1, 8 and 32 concurrent connections. Each connection keeps one session and loops a pipelined
 * MAIL/RCPT/DATA group (RFC 2920), waits for the 354, sends the message and counts the 250, like
 * an MTA sending a queue to one host. Blocking sockets on one platform thread per connection: the
 * cheapest client the JDK offers, and its CPU time is measured and printed next to the servers'.
 *
 * <p>Run through bench/ingest.sh; see bench/README.md.
 */
public class Ingest {

  static final String RECIPIENT_LOCAL = "bench";

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    if (options.work != null) {
      workRoot = Files.createDirectories(options.work);
    }
    List<Target> targets = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> targets.forEach(Target::stopQuietly)));
    try {
      for (String name : options.targets) {
        Target target =
            switch (name) {
              case "jadepost" -> new JadepostTarget(options);
              case "postfix" -> new PostfixTarget(options);
              case "sink" -> new SinkTarget();
              default -> throw new IllegalArgumentException("unknown target " + name);
            };
        targets.add(target);
        log("starting " + name + " ...");
        target.start();
        log(name + " accepts mail for " + target.recipient() + " on 127.0.0.1:" + target.port());
      }
      int busiest = Arrays.stream(options.connections).max().orElseThrow();
      for (Target target : targets) {
        // A JIT-compiled server is slow until its hot paths are compiled: one long run first.
        log(String.format("jit warm-up %-8s c=%d for %d s", target.name(), busiest, options.warmup));
        log("         " + Load.run(target, busiest, options.warmup, options.size).brief());
        target.measuring();
      }
      Report report = new Report(options);
      for (int connections : options.connections) {
        for (Target target : targets) {
          log(String.format("warm-up  %-8s c=%-3d", target.name(), connections));
          Run warm = Load.run(target, connections, options.seconds, options.size);
          log("         " + warm.brief());
        }
        for (int round = 1; round <= options.runs; round++) {
          // Targets take turns inside each round, so a build on the shared machine hits both.
          for (Target target : targets) {
            Run run = Load.run(target, connections, options.seconds, options.size);
            report.add(target.name(), connections, run);
            log(String.format("run %d/%d %-8s c=%-3d %s", round, options.runs, target.name(),
                connections, run.brief()));
          }
        }
      }
      for (Target target : targets) {
        target.afterRuns();
      }
      System.out.println();
      System.out.print(report.render(targets));
      System.out.flush();
    } finally {
      for (Target target : targets) {
        target.stopQuietly();
      }
    }
  }

  static void log(String line) {
    System.err.println("[bench] " + line);
  }

  // ---------------------------------------------------------------------------------------------
  // Options

  static final class Options {
    List<String> targets = List.of("jadepost", "postfix");
    int[] connections = {1, 8, 32};
    int seconds = 5;
    int size = 10 * 1024;
    int runs = 3;
    int warmup = 30;
    boolean keep;
    boolean skipBuild;
    String postfixAfter = "hold";
    Path jfr;
    Path work;
    Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (arg) {
          case "--target" -> {
            o.targets = "both".equals(value) ? List.of("jadepost", "postfix") : List.of(value.split(","));
            i++;
          }
          case "--connections" -> {
            o.connections = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
            i++;
          }
          case "--seconds" -> { o.seconds = positive(arg, value); i++; }
          case "--size" -> { o.size = positive(arg, value); i++; }
          case "--runs" -> { o.runs = positive(arg, value); i++; }
          case "--warmup" -> { o.warmup = positive(arg, value); i++; }
          case "--postfix-after" -> {
            if (!List.of("hold", "discard").contains(value)) {
              throw new IllegalArgumentException("--postfix-after takes hold or discard");
            }
            o.postfixAfter = value;
            i++;
          }
          case "--jfr" -> { o.jfr = Path.of(value).toAbsolutePath(); i++; }
          case "--work" -> { o.work = Path.of(value).toAbsolutePath(); i++; }
          case "--keep" -> o.keep = true;
          case "--skip-build" -> o.skipBuild = true;
          case "-h", "--help" -> { usage(); System.exit(0); }
          default -> { usage(); throw new IllegalArgumentException("unknown option " + arg); }
        }
      }
      for (String t : o.targets) {
        if (!List.of("jadepost", "postfix", "sink").contains(t)) {
          throw new IllegalArgumentException("--target takes jadepost, postfix, both or sink");
        }
      }
      if (o.size < 512) {
        throw new IllegalArgumentException("--size must be at least 512 bytes");
      }
      return o;
    }

    private static int positive(String name, String value) {
      int n = Integer.parseInt(value);
      if (n <= 0) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return n;
    }

    static void usage() {
      System.err.println(
          """
          usage: bench/ingest.sh [--target jadepost|postfix|both|sink] [--connections 1,8,32]
                                 [--seconds 5] [--size 10240] [--runs 3] [--warmup 30]
                                 [--postfix-after hold|discard] [--jfr FILE] [--work DIR]
                                 [--keep] [--skip-build]""");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Targets

  abstract static class Target {
    private final String name;

    Target(String name) {
      this.name = name;
    }

    final String name() {
      return name;
    }

    abstract void start() throws Exception;

    abstract int port();

    abstract String recipient();

    /** Pids whose process trees make up the server, for CPU accounting. */
    abstract List<Long> pids();

    /** Called once, after the JIT warm-up and before the first measured run. */
    void measuring() throws Exception {}

    void afterRuns() throws Exception {}

    abstract void stop() throws Exception;

    void stopQuietly() {
      try {
        stop();
      } catch (Exception e) {
        log("stopping " + name() + ": " + e);
      }
    }
  }

  /** bin/jadepost run on a fresh home and free ports, one domain and one user made over REST. */
  static final class JadepostTarget extends Target {
    private final Options options;
    private Path home;
    private Process launcher;
    private int httpPort;
    private int smtpPort;
    private String password;
    private String domain;
    private long javaPid;
    private boolean stopped;

    JadepostTarget(Options options) {
      super("jadepost");
      this.options = options;
    }

    @Override
    void start() throws Exception {
      home = workDir("jadepost");
      Map<String, String> env = new LinkedHashMap<>();
      int[] ports = Net.freePorts(10);
      httpPort = ports[0];
      smtpPort = ports[1];
      env.put("JADEPOST_HTTP_PORT", "" + httpPort);
      env.put("JADEPOST_SMTP_PORT", "" + smtpPort);
      env.put("JADEPOST_SUBMISSION_PORT", "" + ports[2]);
      env.put("JADEPOST_SMTPS_PORT", "" + ports[3]);
      env.put("JADEPOST_IMAP_PORT", "" + ports[4]);
      env.put("JADEPOST_IMAPS_PORT", "" + ports[5]);
      env.put("JADEPOST_POP3_PORT", "" + ports[6]);
      env.put("JADEPOST_POP3S_PORT", "" + ports[7]);
      env.put("JADEPOST_PROBE_PORT", "" + ports[8]);
      env.put("JADEPOST_HOME", home.toString());
      env.put("JADEPOST_BIND", "127.0.0.1");
      password = "Bench" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
      env.put("JADEPOST_ADMIN_PASSWORD", password);
      if (options.skipBuild) {
        env.put("JADEPOST_SKIP_BUILD", "1");
      }
      if (options.jfr != null) {
        // Payara's call stacks are deep; JFR's default of 64 frames cuts off where a sample began.
        String opts = System.getenv().getOrDefault("JADEPOST_JAVA_OPTS", "-Xmx1g");
        env.put("JADEPOST_JAVA_OPTS", opts + " -XX:FlightRecorderOptions:stackdepth=512");
      }
      ProcessBuilder builder =
          new ProcessBuilder(options.root.resolve("bin/jadepost").toString(), "run")
              .directory(options.root.toFile())
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("launcher.out").toFile());
      builder.environment().putAll(env);
      launcher = builder.start();
      log("jadepost home " + home + " (launcher output in launcher.out, server log in logs/)");
      HttpClient http = HttpClient.newHttpClient();
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
      domain = "bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3)) + ".test";
      // 1 TiB for the domain and the user: the quota check at RCPT must never refuse in a run.
      long big = 1L << 40;
      post(http, "/api/v1/domains",
          "{\"name\":\"" + domain + "\",\"quotaBytes\":" + big + ",\"userQuotaBytes\":" + big + "}");
      post(http, "/api/v1/domains/" + domain + "/users",
          "{\"localPart\":\"" + RECIPIENT_LOCAL + "\",\"password\":\"Bench-pw-2026x\","
              + "\"displayName\":\"Bench\",\"quotaBytes\":" + big + ",\"role\":\"USER\"}");
    }

    @Override
    void measuring() throws Exception {
      if (options.jfr != null) {
        jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + options.jfr);
        log("JFR recording to " + options.jfr + " (pid " + javaPid + ")");
      }
    }

    private void post(HttpClient http, String path, String json) throws Exception {
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

    private void jcmd(String... command) throws Exception {
      List<String> cmd = new ArrayList<>(List.of("jcmd", "" + javaPid));
      cmd.addAll(List.of(command));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
      }
    }

    @Override
    void afterRuns() throws Exception {
      if (options.jfr != null) {
        jcmd("JFR.stop", "name=bench");
        log("JFR written to " + options.jfr);
      }
    }

    @Override
    int port() {
      return smtpPort;
    }

    @Override
    String recipient() {
      return RECIPIENT_LOCAL + "@" + domain;
    }

    @Override
    List<Long> pids() {
      return List.of(launcher.pid());
    }

    @Override
    void stop() throws Exception {
      if (stopped || launcher == null) {
        return;
      }
      stopped = true;
      launcher.destroy(); // SIGTERM: the launcher's trap stops the JVM and waits for it
      launcher.waitFor();
      if (!options.keep && options.work == null) {
        deleteTree(home);
      }
    }
  }

  /** Debian's Postfix run from bench/postfix/ templates in a fresh directory on a free port. */
  static final class PostfixTarget extends Target {
    private final Options options;
    private Path run;
    private int port;
    private boolean started;

    PostfixTarget(Options options) {
      super("postfix");
      this.options = options;
    }

    @Override
    void start() throws Exception {
      if (!Files.isExecutable(Path.of("/usr/sbin/postfix"))) {
        throw new IllegalStateException("Postfix is missing: apt-get install -y postfix");
      }
      run = workDir("postfix");
      port = Net.freePorts(1)[0];
      Path etc = Files.createDirectories(run.resolve("etc"));
      Files.createDirectories(run.resolve("spool"));
      Path data = Files.createDirectories(run.resolve("data"));
      String after =
          switch (options.postfixAfter) {
            case "hold" -> "smtpd_recipient_restrictions = check_recipient_access static:HOLD\n"
                + "virtual_transport = discard:bench";
            default -> "smtpd_recipient_restrictions =\nvirtual_transport = discard:bench";
          };
      for (String file : List.of("main.cf", "master.cf")) {
        String template = Files.readString(options.root.resolve("bench/postfix/" + file));
        Files.writeString(etc.resolve(file), template.replace("@RUN@", run.toString())
            .replace("@PORT@", "" + port).replace("@AFTER@", after));
      }
      Files.writeString(etc.resolve("vmailbox"), recipient() + " OK\n");
      Files.writeString(run.resolve("maillog"), "");
      Sh.run("chown", "postfix", data.toString());
      Sh.run("postfix", "-c", etc.toString(), "check");
      Sh.run("postfix", "-c", etc.toString(), "start");
      started = true;
      Net.awaitPort(port, Duration.ofSeconds(30));
      log("postfix directory " + run + " (after the 250: " + options.postfixAfter + ")");
    }

    @Override
    int port() {
      return port;
    }

    @Override
    String recipient() {
      return RECIPIENT_LOCAL + "@bench.test";
    }

    @Override
    List<Long> pids() {
      try {
        return List.of(Long.parseLong(
            Files.readString(run.resolve("spool/pid/master.pid")).strip()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void stop() throws Exception {
      if (!started) {
        return;
      }
      started = false;
      Sh.run("postfix", "-c", run.resolve("etc").toString(), "stop");
      if (!options.keep && options.work == null) {
        deleteTree(run);
      }
    }
  }

  /**
   * An SMTP server that answers at once and keeps nothing, in this JVM: the ceiling of the client
   * (with the sink's own cost added, so the client alone is faster still).
   */
  static final class SinkTarget extends Target {
    private ServerSocket server;

    SinkTarget() {
      super("sink");
    }

    @Override
    void start() throws IOException {
      server = new ServerSocket();
      server.bind(new InetSocketAddress("127.0.0.1", 0), 128);
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket s = server.accept();
            Thread t = new Thread(() -> serve(s));
            t.setDaemon(true);
            t.start();
          } catch (IOException e) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private static void serve(Socket socket) {
      try (socket) {
        socket.setTcpNoDelay(true);
        Wire wire = new Wire(socket);
        OutputStream out = socket.getOutputStream();
        out.write("220 sink ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String line;
        while ((line = wire.readLine()) != null) {
          String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
          switch (verb) {
            case "EHLO" -> out.write("250-sink\r\n250 PIPELINING\r\n".getBytes(StandardCharsets.US_ASCII));
            case "DATA" -> {
              out.write("354 go ahead\r\n".getBytes(StandardCharsets.US_ASCII));
              out.flush();
              while (!".".equals(wire.readLine())) {
                // swallow the message
              }
              out.write("250 2.0.0 Ok\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            case "QUIT" -> {
              out.write("221 bye\r\n".getBytes(StandardCharsets.US_ASCII));
              out.flush();
              return;
            }
            default -> out.write("250 Ok\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          if (!wire.hasBuffered()) {
            out.flush();
          }
        }
      } catch (IOException e) {
        // client went away
      }
    }

    @Override
    int port() {
      return server.getLocalPort();
    }

    @Override
    String recipient() {
      return "bench@sink.test";
    }

    @Override
    List<Long> pids() {
      return List.of(); // its CPU is inside the client's
    }

    @Override
    void stop() throws IOException {
      if (server != null) {
        server.close();
      }
    }
  }

  static Path workRoot;

  static synchronized Path workDir(String name) throws IOException {
    if (workRoot == null) {
      workRoot = Files.createTempDirectory("jadepost-bench-");
      // Postfix's daemons run as user postfix and must reach their queue below it.
      Files.setPosixFilePermissions(workRoot, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return Files.createDirectories(workRoot.resolve(name));
  }

  static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Load

  /** One measured run: what got a 250 inside the window and what the CPUs did meanwhile. */
  record Run(
      double perSecond,
      long accepted,
      long refused,
      long p50Micros,
      long p99Micros,
      double serverCores,
      double clientCores,
      double otherCores,
      String firstRefusal) {

    String brief() {
      return String.format(Locale.ROOT,
          "%8.1f msg/s  p50 %6.1f ms  p99 %6.1f ms  cpu: server %.2f client %.2f other %.2f%s",
          perSecond, p50Micros / 1000.0, p99Micros / 1000.0, serverCores, clientCores, otherCores,
          refused == 0 ? "" : "  REFUSED " + refused + " (" + firstRefusal + ")");
    }
  }

  static final class Load {
    static Run run(Target target, int connections, int seconds, int size) throws Exception {
      Message message = new Message(size, target.recipient());
      long window = Duration.ofSeconds(seconds).toNanos();
      CyclicBarrier ready = new CyclicBarrier(connections + 1);
      Sender[] senders = new Sender[connections];
      Thread[] threads = new Thread[connections];
      for (int i = 0; i < connections; i++) {
        senders[i] = new Sender(target.port(), message, i, ready);
        threads[i] = new Thread(senders[i], "sender-" + i);
        threads[i].start();
      }
      try {
        ready.await(); // every session has done its EHLO
      } catch (java.util.concurrent.BrokenBarrierException e) {
        for (int i = 0; i < connections; i++) {
          threads[i].join();
          if (senders[i].failure != null) {
            throw new IllegalStateException(target.name() + " connection failed", senders[i].failure);
          }
        }
        throw e;
      }
      Cpu.Sample before = Cpu.sample(target.pids());
      long start = System.nanoTime();
      long end = start + window;
      for (Sender s : senders) {
        s.end = end;
      }
      ready.await(); // go
      Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
      Cpu.Sample after = Cpu.sample(target.pids());
      for (Thread t : threads) {
        t.join();
      }
      long accepted = 0;
      long refused = 0;
      String firstRefusal = null;
      int total = 0;
      for (Sender s : senders) {
        if (s.failure != null) {
          throw new IllegalStateException(target.name() + " connection failed", s.failure);
        }
        accepted += s.accepted;
        refused += s.refused;
        total += s.latencyCount;
        if (firstRefusal == null) {
          firstRefusal = s.firstRefusal;
        }
      }
      long[] latencies = new long[total];
      int k = 0;
      for (Sender s : senders) {
        System.arraycopy(s.latencies, 0, latencies, k, s.latencyCount);
        k += s.latencyCount;
      }
      Arrays.sort(latencies);
      double elapsed = (after.nanos() - before.nanos()) / 1e9;
      return new Run(
          accepted / (window / 1e9),
          accepted,
          refused,
          percentile(latencies, 0.50) / 1000,
          percentile(latencies, 0.99) / 1000,
          (after.server() - before.server()) / elapsed,
          (after.client() - before.client()) / elapsed,
          Math.max(0, ((after.busy() - before.busy())
              - (after.server() - before.server())
              - (after.client() - before.client())) / elapsed),
          firstRefusal);
    }

    static long percentile(long[] sorted, double p) {
      return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
    }
  }

  /** The message: a fixed-size body whose Message-ID changes each time (so no two are alike). */
  static final class Message {
    final byte[] envelope;
    final byte[] head;
    final byte[] rest;
    final int size;

    Message(int size, String recipient) {
      this.size = size;
      this.envelope = ("MAIL FROM:<sender@load.example> SIZE=" + size + "\r\nRCPT TO:<" + recipient
          + ">\r\nDATA\r\n").getBytes(StandardCharsets.US_ASCII);
      this.head = ("From: Load <sender@load.example>\r\nTo: <" + recipient + ">\r\n"
          + "Subject: ingest benchmark\r\nDate: Fri, 27 Nov 2026 08:00:00 +0000\r\n"
          + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      int idLength = messageId(0, 0).length;
      int body = size - head.length - idLength - 2; // 2: blank line after the header
      StringBuilder text = new StringBuilder("\r\n");
      String line = "The quick brown fox jumps over the lazy dog 0123456789 abcdefghijklmnopqrstu\r\n";
      while (text.length() + line.length() <= body) {
        text.append(line);
      }
      while (text.length() < body - 2) {
        text.append('x');
      }
      text.append("\r\n");
      this.rest = (text + ".\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final long NONCE = System.currentTimeMillis() % 1_000_000_000L;

    final int run = RUNS.incrementAndGet();

    /** Same length for every message; unique within a bench and unlikely to repeat across. */
    byte[] messageId(int connection, long n) {
      return String.format(Locale.ROOT, "Message-ID: <%09d.%04d.%04d.%012d@load.example>\r\n",
          NONCE, run % 10000, connection % 10000, n).getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** One connection: EHLO once, then MAIL/RCPT/DATA pipelined until the end of the window. */
  static final class Sender implements Runnable {
    private final int port;
    private final Message message;
    private final int index;
    private final CyclicBarrier ready;
    volatile long end;
    long accepted;
    long refused;
    String firstRefusal;
    long[] latencies = new long[1024];
    int latencyCount;
    Exception failure;

    Sender(int port, Message message, int index, CyclicBarrier ready) {
      this.port = port;
      this.message = message;
      this.index = index;
      this.ready = ready;
    }

    @Override
    public void run() {
      boolean waited = false;
      try (Socket socket = new Socket()) {
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(120_000);
        Wire wire = new Wire(socket);
        OutputStream out = socket.getOutputStream();
        expect(wire.reply(), 220, "greeting");
        out.write("EHLO load.example\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String ehlo = wire.reply();
        expect(ehlo, 250, "EHLO");
        if (!ehlo.toUpperCase(Locale.ROOT).contains("PIPELINING")) {
          throw new IllegalStateException("server does not offer PIPELINING: " + ehlo);
        }
        ready.await();
        ready.await();
        waited = true;
        byte[] buffer = new byte[message.size + 64];
        long n = 0;
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          out.write(message.envelope);
          out.flush();
          String mail = wire.reply();
          String rcpt = wire.reply();
          String data = wire.reply();
          if (!mail.startsWith("250") || !rcpt.startsWith("250") || !data.startsWith("354")) {
            refuse(mail + " | " + rcpt + " | " + data);
            if (data.startsWith("354")) { // should not happen, but keep the session in step
              out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
              out.flush();
              wire.reply();
            }
            continue;
          }
          byte[] id = message.messageId(index, n++);
          System.arraycopy(message.head, 0, buffer, 0, message.head.length);
          System.arraycopy(id, 0, buffer, message.head.length, id.length);
          int len = message.head.length + id.length;
          System.arraycopy(message.rest, 0, buffer, len, message.rest.length);
          len += message.rest.length;
          out.write(buffer, 0, len);
          out.flush();
          String done = wire.reply();
          long t1 = System.nanoTime();
          if (t1 > end) {
            break; // answered after the window: not counted
          }
          if (done.startsWith("250")) {
            accepted++;
            if (latencyCount == latencies.length) {
              latencies = Arrays.copyOf(latencies, latencyCount * 2);
            }
            latencies[latencyCount++] = t1 - t0;
          } else {
            refuse(done);
          }
        }
        out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (Exception e) {
        failure = e;
        if (!waited) {
          ready.reset();
        }
      }
    }

    private void refuse(String reply) {
      refused++;
      if (firstRefusal == null) {
        firstRefusal = reply.strip();
      }
    }

    private static void expect(String reply, int code, String what) {
      if (!reply.startsWith(String.valueOf(code))) {
        throw new IllegalStateException(what + ": " + reply);
      }
    }
  }

  /** Buffered reading of CRLF lines and multi-line replies. */
  static final class Wire {
    private final InputStream in;
    private final byte[] line = new byte[8192];

    Wire(Socket socket) throws IOException {
      this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }

    boolean hasBuffered() throws IOException {
      return in.available() > 0;
    }

    /** One line without its CRLF, or null at the end of the stream. */
    String readLine() throws IOException {
      int n = 0;
      for (int b; (b = in.read()) != -1; ) {
        if (b == '\n') {
          int len = n > 0 && line[n - 1] == '\r' ? n - 1 : n;
          return new String(line, 0, len, StandardCharsets.ISO_8859_1);
        }
        if (n < line.length) {
          line[n++] = (byte) b;
        }
      }
      return n == 0 ? null : new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** A whole reply; the lines of a multi-line one joined with spaces. */
    String reply() throws IOException {
      StringBuilder all = new StringBuilder();
      while (true) {
        String l = readLine();
        if (l == null) {
          throw new IOException("connection closed" + (all.isEmpty() ? "" : " after " + all));
        }
        all.append(all.isEmpty() ? "" : " ").append(l);
        if (l.length() < 4 || l.charAt(3) != '-') {
          return all.toString();
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // CPU accounting from /proc: the server's process tree, this JVM, and the whole machine.

  static final class Cpu {
    record Sample(long nanos, double server, double client, double busy) {}

    static final double TICK = 100.0; // USER_HZ on Linux

    static Sample sample(List<Long> roots) {
      double server = 0;
      for (long root : roots) {
        server += tree(root);
      }
      double client = ManagementFactory.getPlatformMXBean(
          com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
      return new Sample(System.nanoTime(), server, client, busy());
    }

    /** CPU seconds of {@code pid} and its live descendants, with their reaped children. */
    static double tree(long pid) {
      return ProcessHandle.of(pid)
          .map(h -> Stream.concat(Stream.of(h), h.descendants())
              .mapToDouble(p -> ticks(p.pid())).sum() / TICK)
          .orElse(0.0);
    }

    private static long ticks(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14..17 of stat(5): utime stime cutime cstime; f[0] is field 3
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
            + Long.parseLong(f[14]);
      } catch (IOException | RuntimeException e) {
        return 0; // exited meanwhile
      }
    }

    /** Busy CPU seconds of the whole machine (all but idle and iowait). */
    static double busy() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
          total += Long.parseLong(f[i]);
        }
        return (total - Long.parseLong(f[4]) - Long.parseLong(f[5])) / TICK;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Report

  static final class Report {
    private final Options options;
    private final Map<String, List<Run>> runs = new LinkedHashMap<>();

    Report(Options options) {
      this.options = options;
    }

    void add(String target, int connections, Run run) {
      runs.computeIfAbsent(target + "/" + connections, k -> new ArrayList<>()).add(run);
    }

    Run median(String target, int connections) {
      List<Run> list = new ArrayList<>(runs.get(target + "/" + connections));
      list.sort((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
      return list.get(list.size() / 2);
    }

    String render(List<Target> targets) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT,
          "Durable SMTP ingest, %d-byte messages, median of %d runs of %d s%n"
              + "(each server first ran %d s at the highest concurrency, then one %d s warm-up run"
              + " per concurrency)%n%n",
          options.size, options.runs, options.seconds, options.warmup, options.seconds));
      out.append("| target | conns | msg/s (median) | all runs | p50 ms | p99 ms | server CPU | client CPU | other CPU |\n");
      out.append("|---|---:|---:|---|---:|---:|---:|---:|---:|\n");
      for (Target t : targets) {
        for (int c : options.connections) {
          Run m = median(t.name(), c);
          StringBuilder all = new StringBuilder();
          for (Run r : runs.get(t.name() + "/" + c)) {
            all.append(all.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", r.perSecond()));
          }
          out.append(String.format(Locale.ROOT,
              "| %s | %d | %.1f | %s | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
              t.name(), c, m.perSecond(), all, m.p50Micros() / 1000.0, m.p99Micros() / 1000.0,
              m.serverCores(), m.clientCores(), m.otherCores()));
        }
      }
      long refused = runs.values().stream().flatMap(List::stream).mapToLong(Run::refused).sum();
      if (refused > 0) {
        out.append("\nWARNING: ").append(refused).append(" messages were refused (see the log)\n");
      }
      if (runs.keySet().stream().anyMatch(k -> k.startsWith("jadepost/"))
          && runs.keySet().stream().anyMatch(k -> k.startsWith("postfix/"))) {
        out.append("\n| conns | Jadepost / Postfix |\n|---:|---:|\n");
        for (int c : options.connections) {
          out.append(String.format(Locale.ROOT, "| %d | %.2f |%n", c,
              median("jadepost", c).perSecond() / median("postfix", c).perSecond()));
        }
      }
      out.append("\nCPU columns are cores busy during the window (2.00 = both cores of a 2-core"
          + " machine): server = its process tree, client = this JVM, other = the rest of the"
          + " machine (other developers' builds: noise).\n");
      return out.toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  static final class Net {
    static int[] freePorts(int n) throws IOException {
      List<ServerSocket> sockets = new ArrayList<>();
      try {
        int[] ports = new int[n];
        for (int i = 0; i < n; i++) {
          ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
          sockets.add(s);
          ports[i] = s.getLocalPort();
        }
        return ports;
      } finally {
        for (ServerSocket s : sockets) {
          s.close();
        }
      }
    }

    static void awaitPort(int port, Duration timeout) throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        try (Socket s = new Socket("127.0.0.1", port)) {
          return;
        } catch (IOException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("nothing listens on " + port);
          }
          Thread.sleep(200);
        }
      }
    }
  }

  static final class Sh {
    static void run(String... command) throws Exception {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
    }
  }
}
