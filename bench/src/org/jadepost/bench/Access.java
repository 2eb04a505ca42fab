package org.jadepost.bench;

import static org.jadepost.bench.Log.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Mailbox access benchmark (issue 4): Jadepost against Dovecot on loopback, in the same run,
 * taking turns. Workloads: IMAP logins/s; SELECT INBOX + FETCH of 100 headers; UID SEARCH in a
 * 10,000-message folder; POP3 RETR msg/s; and the memory of 10,000 idle IMAP IDLE connections.
 *
 * <p>Run through bench/access.sh; see bench/README.md.
 */
public final class Access {
  static final String PASSWORD = "Bench-pw-2026x";
  static final String BIG = "Big";
  static final List<String> ALL = List.of("login", "fetch", "search", "pop3", "idle");

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    if (o.work != null) {
      Work.setRoot(o.work);
    }
    List<Target> targets = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> targets.forEach(t -> t.stopQuietly(o))));
    Corpus corpus = new Corpus(o.size);
    Report report = new Report(o);
    try {
      for (String name : o.targets) {
        Target t = name.equals("jadepost") ? new JadepostTarget() : new DovecotTarget();
        targets.add(t);
        log("starting " + name + " ...");
        t.start(o);
        t.probe();
        log(name + ": imap " + (t.imapProblem == null ? "port " + t.imapPort() : t.imapProblem)
            + ", pop3 " + (t.pop3Problem == null ? "port " + t.pop3Port() : t.pop3Problem));
      }
      for (Target t : targets) {
        if (t.imapProblem == null) {
          populate(t, o, corpus, report);
          verify(t, o, report);
        }
      }
      for (String workload : o.workloads) {
        if (workload.equals("idle")) {
          continue;
        }
        List<Target> able = new ArrayList<>();
        for (Target t : targets) {
          String problem = workload.equals("pop3") ? t.pop3Problem : t.imapProblem;
          if (problem == null) {
            able.add(t);
          } else {
            report.missing(workload, t.name, problem);
          }
        }
        if (able.isEmpty()) {
          continue;
        }
        int busiest = Arrays.stream(o.connections).max().orElseThrow();
        for (Target t : able) {
          log(String.format("jit warm-up %-8s %-6s c=%d for %d s", t.name, workload, busiest, o.warmup));
          log("         " + load(t, workload, busiest, o.warmup, o).brief(unit(workload)));
        }
        for (int c : o.connections) {
          for (Target t : able) {
            log(String.format("warm-up  %-8s %-6s c=%-3d", t.name, workload, c));
            log("         " + load(t, workload, c, o.seconds, o).brief(unit(workload)));
          }
          for (int round = 1; round <= o.runs; round++) {
            // Targets take turns inside each round, so a build on the shared machine hits both.
            for (Target t : able) {
              Run run = load(t, workload, c, o.seconds, o);
              report.add(workload, t.name, c, run);
              log(String.format("run %d/%d %-8s %-6s c=%-3d %s", round, o.runs, t.name, workload, c,
                  run.brief(unit(workload))));
            }
          }
        }
      }
      if (o.workloads.contains("idle")) {
        for (Target t : targets) {
          if (t.imapProblem != null) {
            report.missing("idle", t.name, t.imapProblem);
            continue;
          }
          report.idle(t.name, idle(t, o));
        }
      }
      System.out.println();
      System.out.print(report.render(targets));
      System.out.flush();
    } finally {
      for (Target t : targets) {
        t.stopQuietly(o);
      }
      Work.removeIfEmpty();
    }
  }

  static String unit(String workload) {
    return switch (workload) {
      case "login" -> "logins/s";
      case "fetch" -> "fetch/s";
      case "search" -> "search/s";
      default -> "msg/s";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Options

  static final class Options {
    List<String> targets = List.of("jadepost", "dovecot");
    List<String> workloads = ALL;
    int[] connections = {1, 8, 32};
    int seconds = 5;
    int runs = 3;
    int warmup = 10;
    int size = 10 * 1024;
    int folderMessages = 10_000;
    int inboxMessages = 100;
    int idleConnections = 10_000;
    // Below Payara's default MDB pool (32): Jadepost refuses LOGIN with NO [SERVERBUG] when more
    // commands arrive at once than ImapEndpoint has instances ("Message Bean Resources exceeded").
    int idleRamp = 16;
    int populateConnections = 4;
    int dovecotImapClients = 1;
    boolean keep;
    boolean skipBuild;
    Path work;
    Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    Path benchRoot = root;

    int users() {
      return Arrays.stream(connections).max().orElse(1);
    }

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--target" -> {
            String v = Args.value(args, i++);
            o.targets = "both".equals(v) ? List.of("jadepost", "dovecot") : Args.list(v);
          }
          case "--workloads" -> {
            String v = Args.value(args, i++);
            o.workloads = "all".equals(v) ? ALL : Args.list(v);
          }
          case "--connections" -> o.connections = Args.ints(Args.value(args, i++));
          case "--seconds" -> o.seconds = Args.positive(arg, Args.value(args, i++));
          case "--runs" -> o.runs = Args.positive(arg, Args.value(args, i++));
          case "--warmup" -> o.warmup = Args.positive(arg, Args.value(args, i++));
          case "--size" -> o.size = Args.positive(arg, Args.value(args, i++));
          case "--folder-messages" -> o.folderMessages = Args.positive(arg, Args.value(args, i++));
          case "--inbox-messages" -> o.inboxMessages = Args.positive(arg, Args.value(args, i++));
          case "--idle-connections" -> o.idleConnections = Args.positive(arg, Args.value(args, i++));
          case "--idle-ramp" -> o.idleRamp = Args.positive(arg, Args.value(args, i++));
          case "--populate-connections" ->
              o.populateConnections = Args.positive(arg, Args.value(args, i++));
          case "--dovecot-imap-clients" ->
              o.dovecotImapClients = Args.positive(arg, Args.value(args, i++));
          case "--root" -> o.root = Path.of(Args.value(args, i++)).toAbsolutePath().normalize();
          case "--work" -> o.work = Path.of(Args.value(args, i++)).toAbsolutePath();
          case "--keep" -> o.keep = true;
          case "--skip-build" -> o.skipBuild = true;
          case "-h", "--help" -> { usage(); System.exit(0); }
          default -> { usage(); throw new IllegalArgumentException("unknown option " + arg); }
        }
      }
      for (String t : o.targets) {
        Args.oneOf("--target", t, List.of("jadepost", "dovecot"));
      }
      for (String w : o.workloads) {
        Args.oneOf("--workloads", w, ALL);
      }
      if (o.inboxMessages < 100) {
        throw new IllegalArgumentException("--inbox-messages must be at least 100 (FETCH 1:100)");
      }
      if (o.size < 1024) {
        throw new IllegalArgumentException("--size must be at least 1024 bytes");
      }
      return o;
    }

    static void usage() {
      System.err.println(
          """
          usage: bench/access.sh [--target jadepost|dovecot|both] [--workloads login,fetch,search,pop3,idle]
                                 [--connections 1,8,32] [--seconds 5] [--runs 3] [--warmup 10]
                                 [--size 10240] [--folder-messages 10000] [--inbox-messages 100]
                                 [--idle-connections 10000] [--idle-ramp 100] [--populate-connections 4]
                                 [--dovecot-imap-clients 1] [--root DIR] [--work DIR] [--keep]
                                 [--skip-build]""");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Targets

  /** Memory of a server at one moment; heap is -1 where there is no Java heap. */
  record Memory(long heapKb, long rssKb, long pssKb, int processes, int threads) {}

  abstract static class Target {
    final String name;
    String imapProblem;
    String pop3Problem;

    Target(String name) {
      this.name = name;
    }

    abstract void start(Options o) throws Exception;

    abstract int imapPort();

    abstract int pop3Port();

    /** The login name of local part {@code local}. */
    abstract String login(String local);

    abstract List<Long> pids();

    abstract Memory memory() throws Exception;

    /** Keeps what explains the memory figure (Jadepost: a class histogram), if it can. */
    void explainMemory(String label) throws Exception {}

    abstract void stop(Options o) throws Exception;

    void stopQuietly(Options o) {
      try {
        stop(o);
      } catch (Exception e) {
        log("stopping " + name + ": " + e);
      }
    }

    /** Whether IMAP and POP3 answer and take the bench user's password. */
    void probe() {
      try (Imap imap = new Imap(imapPort())) {
        Imap.Reply r = imap.login(login("bench"), PASSWORD);
        if (!r.ok()) {
          imapProblem = "IMAP LOGIN refused: " + r.tagged();
        }
        imap.logout();
      } catch (IOException e) {
        imapProblem = "no IMAP on port " + imapPort() + " (" + e.getMessage() + ")";
      }
      try (Pop3 pop = new Pop3(pop3Port())) {
        String refusal = pop.login(login("u01"), PASSWORD);
        if (refusal != null) {
          pop3Problem = "POP3 login refused: " + refusal;
        }
        pop.quit();
      } catch (IOException e) {
        pop3Problem = "no POP3 on port " + pop3Port() + " (" + e.getMessage() + ")";
      }
    }
  }

  static String user(int i) {
    return String.format(Locale.ROOT, "u%02d", i + 1);
  }

  static final class JadepostTarget extends Target {
    private JadepostServer server;
    private String domain;

    JadepostTarget() {
      super("jadepost");
    }

    @Override
    void start(Options o) throws Exception {
      Map<String, String> env = new LinkedHashMap<>();
      // The idle measurement holds thousands of connections from 127.0.0.1.
      env.put("JADEPOST_MAX_CONNECTIONS_PER_IP", "" + (o.idleConnections + 1000));
      server = new JadepostServer(o.root, o.skipBuild, env);
      server.start();
      long big = 1L << 40; // 1 TiB each: no quota refuses an APPEND; the domain holds them all
      domain = server.createDomain("bench", big * (o.users() + 1), big);
      server.createUser(domain, "bench", PASSWORD, big);
      for (int i = 0; i < o.users(); i++) {
        server.createUser(domain, user(i), PASSWORD, big);
      }
    }

    @Override
    int imapPort() {
      return server.imapPort();
    }

    @Override
    int pop3Port() {
      return server.pop3Port();
    }

    @Override
    String login(String local) {
      return local + "@" + domain;
    }

    @Override
    List<Long> pids() {
      return List.of(server.launcherPid());
    }

    @Override
    Memory memory() throws Exception {
      long heap = Mem.heapAfterGcKb(server);
      Mem.Tree tree = Mem.tree(server.javaPid());
      return new Memory(heap, tree.rssKb(), tree.pssKb(), tree.processes(), tree.threads());
    }

    @Override
    void explainMemory(String label) throws Exception {
      Path file = server.home().resolve("histogram-" + label + ".txt");
      java.nio.file.Files.writeString(file, server.jcmd("GC.class_histogram"));
      log("idle " + name + ": class histogram in " + file);
    }

    @Override
    void stop(Options o) throws Exception {
      if (server != null) {
        server.stop(o.keep || o.work != null);
      }
    }
  }

  static final class DovecotTarget extends Target {
    private DovecotServer server;

    DovecotTarget() {
      super("dovecot");
    }

    @Override
    void start(Options o) throws Exception {
      server = new DovecotServer(o.benchRoot, o.idleConnections, o.dovecotImapClients);
      Map<String, String> users = new LinkedHashMap<>();
      users.put(login("bench"), PASSWORD);
      for (int i = 0; i < o.users(); i++) {
        users.put(login(user(i)), PASSWORD);
      }
      server.start(users);
    }

    @Override
    int imapPort() {
      return server.imapPort();
    }

    @Override
    int pop3Port() {
      return server.pop3Port();
    }

    @Override
    String login(String local) {
      return local + "@bench.test";
    }

    @Override
    List<Long> pids() {
      try {
        return List.of(server.masterPid());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    Memory memory() throws Exception {
      Mem.Tree tree = Mem.tree(server.masterPid());
      return new Memory(-1, tree.rssKb(), tree.pssKb(), tree.processes(), tree.threads());
    }

    @Override
    void stop(Options o) throws Exception {
      if (server != null) {
        server.stop(o.keep || o.work != null);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Populate and verify

  /** A batch of APPENDs for one user and folder. */
  record Batch(String user, String folder, int from, int to, boolean flagged) {}

  static void populate(Target t, Options o, Corpus corpus, Report report) throws Exception {
    List<Batch> batches = new ArrayList<>();
    int chunk = 250;
    for (int i = 0; i < o.folderMessages; i += chunk) {
      batches.add(new Batch("bench", BIG, i, Math.min(o.folderMessages, i + chunk), true));
    }
    List<String> inboxUsers = new ArrayList<>(List.of("bench"));
    for (int i = 0; i < o.users(); i++) {
      inboxUsers.add(user(i));
    }
    for (String u : inboxUsers) {
      batches.add(new Batch(u, "INBOX", 0, o.inboxMessages, false));
    }
    try (Imap imap = new Imap(t.imapPort())) {
      require(imap.login(t.login("bench"), PASSWORD), "LOGIN");
      Imap.Reply created = imap.command("CREATE " + BIG);
      if (!created.ok() && !created.tagged().contains("ALREADYEXISTS")) {
        throw new IllegalStateException(t.name + ": CREATE " + BIG + ": " + created.tagged());
      }
      imap.logout();
    }
    int total = batches.stream().mapToInt(b -> b.to() - b.from()).sum();
    log(String.format("populate %s: %d APPENDs of %d bytes over %d connections ...", t.name, total,
        o.size, o.populateConnections));
    ConcurrentLinkedQueue<Batch> queue = new ConcurrentLinkedQueue<>(batches);
    AtomicReference<Exception> failure = new AtomicReference<>();
    long t0 = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int k = 0; k < o.populateConnections; k++) {
      Thread th = new Thread(() -> {
        try {
          for (Batch b; (b = queue.poll()) != null && failure.get() == null; ) {
            try (Imap imap = new Imap(t.imapPort())) {
              require(imap.login(t.login(b.user()), PASSWORD), "LOGIN " + b.user());
              for (int i = b.from(); i < b.to(); i++) {
                String flags = b.flagged() && Corpus.seen(i) ? " (\\Seen)" : "";
                require(imap.literal("APPEND " + b.folder() + flags, corpus.message(i), ""),
                    "APPEND");
              }
              imap.logout();
            }
          }
        } catch (Exception e) {
          failure.compareAndSet(null, e);
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException(t.name + ": populate failed", failure.get());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    log(String.format("populate %s: %d messages in %.1f s (%.0f APPEND/s)", t.name, total, seconds,
        total / seconds));
    report.populated(t.name, total, seconds);
  }

  static Imap.Reply require(Imap.Reply r, String what) {
    if (!r.ok()) {
      throw new IllegalStateException(what + ": " + r.tagged());
    }
    return r;
  }

  /** Every search key finds what the corpus says, and FETCH 1:100 gives 100 headers. */
  static void verify(Target t, Options o, Report report) throws Exception {
    try (Imap imap = new Imap(t.imapPort())) {
      require(imap.login(t.login("bench"), PASSWORD), "LOGIN");
      Imap.Reply sel = require(imap.command("SELECT " + BIG), "SELECT " + BIG);
      log(t.name + ": SELECT " + BIG + " " + String.join(" | ", sel.untagged()).replaceAll("\\s+", " ")
          .substring(0, Math.min(160, String.join(" | ", sel.untagged()).length())));
      for (Corpus.Search s : Corpus.Search.values()) {
        long t0 = System.nanoTime();
        int found = searchCount(imap, s);
        double ms = (System.nanoTime() - t0) / 1e6;
        int expected = s.expected(o.folderMessages);
        log(String.format("%s: %s -> %d UIDs (expected %d), first one %.1f ms", t.name, s.shown(),
            found, expected, ms));
        report.searched(t.name, s, found, expected, ms);
      }
      require(imap.command("SELECT INBOX"), "SELECT INBOX");
      Imap.Reply f = require(imap.command("FETCH 1:100 (BODY.PEEK[HEADER])"), "FETCH");
      log(t.name + ": FETCH 1:100 (BODY.PEEK[HEADER]) -> " + f.count(" FETCH ") + " responses, "
          + f.literalBytes() + " header bytes");
      imap.logout();
    }
  }

  /** Runs one search key; the number of UIDs found, or -1 if refused. */
  static int searchCount(Imap imap, Corpus.Search s) throws IOException {
    Imap.Reply r = s.literal == null
        ? imap.command(s.command)
        : imap.literal(s.command, s.literal.getBytes(StandardCharsets.UTF_8), "");
    if (!r.ok()) {
      return -1;
    }
    int n = 0;
    for (String line : r.untagged()) {
      if (line.startsWith("* SEARCH")) {
        String rest = line.substring(8).trim();
        n += rest.isEmpty() ? 0 : rest.split("\\s+").length;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // Workloads

  static Run load(Target t, String workload, int connections, int seconds, Options o)
      throws Exception {
    return Load.run(t.pids(), connections, seconds, i -> switch (workload) {
      case "login" -> new LoginWorker(t, i);
      case "fetch" -> new FetchWorker(t, i);
      case "search" -> new SearchWorker(t, o, i);
      case "pop3" -> new Pop3Worker(t, i);
      default -> throw new IllegalArgumentException(workload);
    });
  }

  /** Connect, greeting, LOGIN, LOGOUT: one login. */
  static final class LoginWorker implements Load.Worker {
    private final Target t;
    private final String user;

    LoginWorker(Target t, int i) {
      this.t = t;
      this.user = t.login(user(i));
    }

    @Override
    public void open() {}

    @Override
    public String once() throws Exception {
      try (Imap imap = new Imap(t.imapPort())) {
        Imap.Reply r = imap.login(user, PASSWORD);
        if (!r.ok()) {
          return r.tagged();
        }
        Imap.Reply bye = imap.command("LOGOUT");
        return bye.ok() ? null : bye.tagged();
      }
    }

    @Override
    public void close() {}
  }

  /** On one logged-in connection: SELECT INBOX, FETCH 1:100 (BODY.PEEK[HEADER]). */
  static final class FetchWorker implements Load.Worker {
    private final Target t;
    private final int i;
    private Imap imap;

    FetchWorker(Target t, int i) {
      this.t = t;
      this.i = i;
    }

    @Override
    public void open() throws Exception {
      imap = new Imap(t.imapPort());
      require(imap.login(t.login(user(i)), PASSWORD), "LOGIN");
    }

    @Override
    public String once() throws Exception {
      Imap.Reply sel = imap.command("SELECT INBOX");
      if (!sel.ok()) {
        return sel.tagged();
      }
      Imap.Reply f = imap.command("FETCH 1:100 (BODY.PEEK[HEADER])");
      if (!f.ok()) {
        return f.tagged();
      }
      int n = f.count(" FETCH ");
      return n == 100 ? null : "FETCH gave " + n + " responses";
    }

    @Override
    public void close() {
      if (imap != null) {
        imap.logout();
      }
    }
  }

  /** On one connection with the big folder selected: the three search keys in turn. */
  static final class SearchWorker implements Load.Worker {
    private final Target t;
    private final int[] expected;
    private int n;
    private Imap imap;

    SearchWorker(Target t, Options o, int i) {
      this.t = t;
      this.n = i; // connections start on different keys
      this.expected = Arrays.stream(Corpus.Search.values())
          .mapToInt(s -> s.expected(o.folderMessages)).toArray();
    }

    @Override
    public void open() throws Exception {
      imap = new Imap(t.imapPort());
      require(imap.login(t.login("bench"), PASSWORD), "LOGIN");
      require(imap.command("SELECT " + BIG), "SELECT");
    }

    @Override
    public String once() throws Exception {
      Corpus.Search s = Corpus.Search.values()[n % expected.length];
      int want = expected[n++ % expected.length];
      int found = searchCount(imap, s);
      return found == want ? null : s.shown() + " found " + found + ", expected " + want;
    }

    @Override
    public void close() {
      if (imap != null) {
        imap.logout();
      }
    }
  }

  /**
   * POP3 sessions one after another, each: USER/PASS, STAT, RETR of every message, QUIT. One
   * operation is one RETR; a session's login and QUIT time fall into its first and last RETR.
   */
  static final class Pop3Worker implements Load.Worker {
    private final Target t;
    private final String user;
    private Pop3 pop;
    private int count;
    private int next;

    Pop3Worker(Target t, int i) {
      this.t = t;
      this.user = t.login(user(i));
    }

    @Override
    public void open() {}

    @Override
    public String once() throws Exception {
      if (pop == null) {
        pop = new Pop3(t.pop3Port());
        String refusal = pop.login(user, PASSWORD);
        if (refusal != null) {
          pop.close();
          pop = null;
          return refusal;
        }
        count = pop.stat();
        next = 1;
        if (count == 0) {
          pop.quit();
          pop = null;
          return "empty maildrop";
        }
      }
      long bytes = pop.retr(next++);
      if (next > count) {
        pop.quit();
        pop = null;
      }
      return bytes > 0 ? null : "RETR refused";
    }

    @Override
    public void close() {
      if (pop != null) {
        pop.quit();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Idle

  record Idle(int wanted, int idling, Memory before, Memory after, double rampSeconds,
      String failure) {}

  static Idle idle(Target t, Options o) throws Exception {
    log("idle " + t.name + ": memory before ...");
    Memory before = t.memory();
    t.explainMemory("before");
    log("idle " + t.name + ": " + before);
    long t0 = System.nanoTime();
    try (IdleSwarm swarm = new IdleSwarm(t.imapPort(), t.login("bench"), PASSWORD)) {
      log(String.format("idle %s: opening %d connections (LOGIN, SELECT INBOX, IDLE), %d at a time",
          t.name, o.idleConnections, o.idleRamp));
      swarm.open(o.idleConnections, o.idleRamp, Duration.ofMinutes(20));
      double ramp = (System.nanoTime() - t0) / 1e9;
      log(String.format("idle %s: %d idling after %.0f s; settling 10 s", t.name,
          swarm.stillIdling(), ramp));
      Thread.sleep(10_000);
      Memory after = t.memory();
      t.explainMemory("after");
      int idling = swarm.stillIdling();
      log("idle " + t.name + ": " + after + ", " + idling + " still idling");
      return new Idle(o.idleConnections, idling, before, after, ramp, swarm.firstFailure());
    } finally {
      Thread.sleep(5_000); // let the server see the connections go
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Report

  static final class Report {
    private final Options o;
    private final Map<String, List<Run>> runs = new LinkedHashMap<>();
    private final Map<String, String> missing = new LinkedHashMap<>();
    private final Map<String, String> populated = new LinkedHashMap<>();
    private final List<String> searches = new ArrayList<>();
    private final Map<String, Idle> idles = new LinkedHashMap<>();

    Report(Options o) {
      this.o = o;
    }

    void add(String workload, String target, int c, Run run) {
      runs.computeIfAbsent(workload + "/" + target + "/" + c, k -> new ArrayList<>()).add(run);
    }

    void missing(String workload, String target, String why) {
      missing.put(workload + "/" + target, why);
    }

    void populated(String target, int messages, double seconds) {
      populated.put(target, String.format(Locale.ROOT, "%d messages in %.0f s: %.0f APPEND/s over %d"
          + " connections", messages, seconds, messages / seconds, o.populateConnections));
    }

    void searched(String target, Corpus.Search s, int found, int expected, double ms) {
      searches.add(String.format(Locale.ROOT, "| %s | `%s` | %d | %d | %.0f |", target, s.shown(),
          found, expected, ms));
    }

    void idle(String target, Idle idle) {
      idles.put(target, idle);
    }

    String render(List<Target> targets) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT,
          "Mailbox access, %d-byte messages, median of %d runs of %d s (each workload first ran %d s"
              + " per server at the highest concurrency, then one %d s warm-up run per"
              + " concurrency)%n%n",
          o.size, o.runs, o.seconds, o.warmup, o.seconds));
      out.append("| workload | target | conns | median | all runs | p50 ms | p99 ms | server CPU | client CPU | other CPU |\n");
      out.append("|---|---|---:|---:|---|---:|---:|---:|---:|---:|\n");
      for (String w : o.workloads) {
        for (Target t : targets) {
          for (int c : o.connections) {
            List<Run> list = runs.get(w + "/" + t.name + "/" + c);
            if (list == null) {
              continue;
            }
            Run m = Stats.median(list);
            out.append(String.format(Locale.ROOT,
                "| %s | %s | %d | %s %s | %s | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
                w, t.name, c, Stats.rate(m.perSecond()), unit(w), Stats.allRates(list),
                m.p50Micros() / 1000.0, m.p99Micros() / 1000.0, m.serverCores(), m.clientCores(),
                m.otherCores()));
          }
        }
      }
      long refused = runs.values().stream().flatMap(List::stream).mapToLong(Run::refused).sum();
      if (refused > 0) {
        out.append("\nWARNING: ").append(refused).append(" operations failed (see the log)\n");
      }
      boolean both = targets.size() == 2;
      if (both) {
        out.append("\n| workload | conns | Jadepost | Dovecot | Jadepost / Dovecot |\n|---|---:|---:|---:|---:|\n");
        for (String w : o.workloads) {
          for (int c : o.connections) {
            List<Run> j = runs.get(w + "/jadepost/" + c);
            List<Run> d = runs.get(w + "/dovecot/" + c);
            if (j == null && d == null) {
              continue;
            }
            double jr = j == null ? Double.NaN : Stats.median(j).perSecond();
            double dr = d == null ? Double.NaN : Stats.median(d).perSecond();
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", w, c,
                j == null ? "not measured" : Stats.rate(jr) + " " + unit(w),
                d == null ? "not measured" : Stats.rate(dr) + " " + unit(w),
                j == null || d == null ? "-" : String.format(Locale.ROOT, "%.2f", jr / dr)));
          }
        }
      }
      if (!idles.isEmpty()) {
        out.append("\nIdle IMAP connections (LOGIN, SELECT INBOX, IDLE), measured 10 s after the"
            + " last one idled; Java heap after a full GC (jcmd GC.run, GC.heap_info); RSS and PSS"
            + " summed over the server's processes\n\n");
        out.append("| target | idling | ramp s | heap before MB | heap after MB | heap per conn KB | RSS before MB | RSS after MB | RSS per conn KB | PSS per conn KB | processes | threads |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var e : idles.entrySet()) {
          Idle i = e.getValue();
          int n = Math.max(1, i.idling());
          boolean heap = i.before().heapKb() >= 0;
          out.append(String.format(Locale.ROOT,
              "| %s | %d of %d | %.0f | %s | %s | %s | %.0f | %.0f | %.1f | %.1f | %d → %d | %d → %d |%n",
              e.getKey(), i.idling(), i.wanted(), i.rampSeconds(),
              heap ? String.format(Locale.ROOT, "%.0f", i.before().heapKb() / 1024.0) : "-",
              heap ? String.format(Locale.ROOT, "%.0f", i.after().heapKb() / 1024.0) : "-",
              heap ? String.format(Locale.ROOT, "%.1f",
                  (i.after().heapKb() - i.before().heapKb()) / (double) n) : "-",
              i.before().rssKb() / 1024.0, i.after().rssKb() / 1024.0,
              (i.after().rssKb() - i.before().rssKb()) / (double) n,
              (i.after().pssKb() - i.before().pssKb()) / (double) n,
              i.before().processes(), i.after().processes(),
              i.before().threads(), i.after().threads()));
        }
        if (idles.size() == 2 && idles.containsKey("jadepost") && idles.containsKey("dovecot")) {
          Idle j = idles.get("jadepost");
          Idle d = idles.get("dovecot");
          double jHeap = (j.after().heapKb() - j.before().heapKb()) / (double) Math.max(1, j.idling());
          double jRss = (j.after().rssKb() - j.before().rssKb()) / (double) Math.max(1, j.idling());
          double dPss = (d.after().pssKb() - d.before().pssKb()) / (double) Math.max(1, d.idling());
          double dRss = (d.after().rssKb() - d.before().rssKb()) / (double) Math.max(1, d.idling());
          out.append(String.format(Locale.ROOT, "%nMemory per idle connection, Dovecot / Jadepost"
              + " (above 1 means Jadepost uses less): Dovecot PSS / Jadepost heap %.2f, Dovecot PSS"
              + " / Jadepost RSS %.2f, Dovecot RSS / Jadepost RSS %.2f%n",
              dPss / jHeap, dPss / jRss, dRss / jRss));
        }
        idles.forEach((t, i) -> {
          if (i.failure() != null) {
            out.append(t).append(": first failed idle connection: ").append(i.failure()).append('\n');
          }
        });
      }
      if (!searches.isEmpty()) {
        out.append("\nSearch keys in the ").append(o.folderMessages)
            .append("-message folder (checked once before the runs; every run checks the count)\n\n");
        out.append("| target | command | UIDs found | expected | first search ms |\n|---|---|---:|---:|---:|\n");
        searches.forEach(s -> out.append(s).append('\n'));
      }
      if (!populated.isEmpty()) {
        out.append("\nPopulated by IMAP APPEND: ");
        populated.forEach((t, s) -> out.append(t).append(" ").append(s).append("; "));
        out.setLength(out.length() - 2);
        out.append('\n');
      }
      if (!missing.isEmpty()) {
        out.append("\nNot measured:\n");
        missing.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
      }
      out.append("\nCPU columns are cores busy during the window (2.00 = both cores of a 2-core"
          + " machine): server = its process tree, client = this JVM, other = the rest of the"
          + " machine (other developers' builds: noise).\n");
      return out.toString();
    }
  }
}
