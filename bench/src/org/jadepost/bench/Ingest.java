package org.jadepost.bench;

import static org.jadepost.bench.Log.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
      Work.setRoot(options.work);
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
        log("         " + Load.run(target, busiest, options.warmup, options.size).brief("msg/s"));
        target.measuring();
      }
      Report report = new Report(options);
      for (int connections : options.connections) {
        for (Target target : targets) {
          log(String.format("warm-up  %-8s c=%-3d", target.name(), connections));
          Run warm = Load.run(target, connections, options.seconds, options.size);
          log("         " + warm.brief("msg/s"));
        }
        for (int round = 1; round <= options.runs; round++) {
          // Targets take turns inside each round, so a build on the shared machine hits both.
          for (Target target : targets) {
            Run run = Load.run(target, connections, options.seconds, options.size);
            report.add(target.name(), connections, run);
            log(String.format("run %d/%d %-8s c=%-3d %s", round, options.runs, target.name(),
                connections, run.brief("msg/s")));
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
      Work.removeIfEmpty();
    }
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
        String value = i + 1 < args.length ? args[i + 1] : null; // checked by Args.value
        switch (arg) {
          case "--target" -> {
            o.targets = "both".equals(Args.value(args, i)) ? List.of("jadepost", "postfix") : Args.list(value);
            i++;
          }
          case "--connections" -> {
            o.connections = Args.ints(Args.value(args, i));
            i++;
          }
          case "--seconds" -> { o.seconds = Args.positive(arg, Args.value(args, i)); i++; }
          case "--size" -> { o.size = Args.positive(arg, Args.value(args, i)); i++; }
          case "--runs" -> { o.runs = Args.positive(arg, Args.value(args, i)); i++; }
          case "--warmup" -> { o.warmup = Args.positive(arg, Args.value(args, i)); i++; }
          case "--postfix-after" -> {
            o.postfixAfter = Args.oneOf(arg, Args.value(args, i), List.of("hold", "discard"));
            i++;
          }
          case "--jfr" -> { o.jfr = Path.of(Args.value(args, i)).toAbsolutePath(); i++; }
          case "--work" -> { o.work = Path.of(Args.value(args, i)).toAbsolutePath(); i++; }
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
    private JadepostServer server;
    private String domain;

    JadepostTarget(Options options) {
      super("jadepost");
      this.options = options;
    }

    @Override
    void start() throws Exception {
      Map<String, String> env = new LinkedHashMap<>();
      if (options.jfr != null) {
        // Payara's call stacks are deep; JFR's default of 64 frames cuts off where a sample began.
        String opts = System.getenv().getOrDefault("JADEPOST_JAVA_OPTS", "-Xmx1g");
        env.put("JADEPOST_JAVA_OPTS", opts + " -XX:FlightRecorderOptions:stackdepth=512");
      }
      server = new JadepostServer(options.root, options.skipBuild, env);
      server.start();
      // 1 TiB for the domain and the user: the quota check at RCPT must never refuse in a run.
      long big = 1L << 40;
      domain = server.createDomain("bench", big);
      server.createUser(domain, RECIPIENT_LOCAL, "Bench-pw-2026x", big);
    }

    @Override
    void measuring() throws Exception {
      if (options.jfr != null) {
        server.jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + options.jfr);
        log("JFR recording to " + options.jfr + " (pid " + server.javaPid() + ")");
      }
    }

    @Override
    void afterRuns() throws Exception {
      if (options.jfr != null) {
        server.jcmd("JFR.stop", "name=bench");
        log("JFR written to " + options.jfr);
      }
    }

    @Override
    int port() {
      return server.smtpPort();
    }

    @Override
    String recipient() {
      return RECIPIENT_LOCAL + "@" + domain;
    }

    @Override
    List<Long> pids() {
      return List.of(server.launcherPid());
    }

    @Override
    void stop() throws Exception {
      if (server != null) {
        server.stop(options.keep || options.work != null);
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
      run = Work.dir("postfix");
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
        Work.deleteTree(run);
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

  // ---------------------------------------------------------------------------------------------
  // Load

  static final class Load {
    static Run run(Target target, int connections, int seconds, int size) throws Exception {
      Message message = new Message(size, target.recipient());
      return org.jadepost.bench.Load.run(target.pids(), connections, seconds,
          i -> new Sender(target.port(), message, i));
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
  static final class Sender implements org.jadepost.bench.Load.Worker {
    private final int port;
    private final Message message;
    private final int index;
    private final byte[] buffer;
    private Socket socket;
    private Wire wire;
    private OutputStream out;
    private long n;

    Sender(int port, Message message, int index) {
      this.port = port;
      this.message = message;
      this.index = index;
      this.buffer = new byte[message.size + 64];
    }

    @Override
    public void open() throws Exception {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(120_000);
      wire = new Wire(socket);
      out = socket.getOutputStream();
      expect(wire.reply(), 220, "greeting");
      out.write("EHLO load.example\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String ehlo = wire.reply();
      expect(ehlo, 250, "EHLO");
      if (!ehlo.toUpperCase(Locale.ROOT).contains("PIPELINING")) {
        throw new IllegalStateException("server does not offer PIPELINING: " + ehlo);
      }
    }

    @Override
    public String once() throws Exception {
      out.write(message.envelope);
      out.flush();
      String mail = wire.reply();
      String rcpt = wire.reply();
      String data = wire.reply();
      if (!mail.startsWith("250") || !rcpt.startsWith("250") || !data.startsWith("354")) {
        if (data.startsWith("354")) { // should not happen, but keep the session in step
          out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          wire.reply();
        }
        return mail + " | " + rcpt + " | " + data;
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
      return done.startsWith("250") ? null : done;
    }

    @Override
    public void close() {
      if (socket == null) {
        return;
      }
      try (Socket s = socket) {
        out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // going away anyway
      }
    }

    private static void expect(String reply, int code, String what) {
      if (!reply.startsWith(String.valueOf(code))) {
        throw new IllegalStateException(what + ": " + reply);
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
      return Stats.median(runs.get(target + "/" + connections));
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
          String all = Stats.all(runs.get(t.name() + "/" + c));
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
}
