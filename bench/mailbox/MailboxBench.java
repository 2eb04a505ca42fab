import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Mailbox scale benchmark (issue 3): folder list with unread counts, first page, a page deep in the
 * folder and an MX append, measured through the real server at a small and a large Inbox.
 *
 * <p>The Inbox is filled quickly: a handful of messages go through the MX listener so that real
 * blobs exist, then the server is stopped and the remaining rows are inserted with JDBC, reusing
 * those blobs, with the folder counters kept consistent. Every measured operation goes through the
 * running server (HTTP API, SMTP). Run through {@code bench/mailbox/run.sh}, which puts the JDBC
 * drivers on the class path.
 */
public final class MailboxBench {

  static final String PASSWORD = "Bench2024pw";
  static final int PAGE = 50;
  static final Random RANDOM = new Random(20261127L);

  // ---- options -------------------------------------------------------------------------------

  record Options(
      Path root,
      Path home,
      Path results,
      String db,
      String jdbcUrl,
      String dbUser,
      String dbPassword,
      String schema,
      int small,
      int large,
      int reps,
      int appendReps,
      int deepPage,
      int seed) {

    static Options parse(String[] args) {
      Map<String, String> o = new HashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("Expected --name value, got " + args[i]);
        }
        o.put(args[i].substring(2), args[++i]);
      }
      String db = o.getOrDefault("db", "h2");
      if (!db.equals("h2") && !db.equals("postgresql")) {
        throw new IllegalArgumentException("--db is h2 or postgresql");
      }
      if (db.equals("postgresql") && !o.containsKey("jdbc-url")) {
        throw new IllegalArgumentException("--db postgresql needs --jdbc-url jdbc:postgresql://...");
      }
      return new Options(
          Path.of(o.get("root")).toAbsolutePath(),
          Path.of(o.get("home")).toAbsolutePath(),
          Path.of(o.get("results")).toAbsolutePath(),
          db,
          o.get("jdbc-url"),
          o.getOrDefault("db-user", "jadepost"),
          o.getOrDefault("db-password", ""),
          o.getOrDefault("schema", "mailbox_bench"),
          Integer.parseInt(o.getOrDefault("small", "1000")),
          Integer.parseInt(o.getOrDefault("messages", "100000")),
          Integer.parseInt(o.getOrDefault("reps", "200")),
          Integer.parseInt(o.getOrDefault("append-reps", "100")),
          Integer.parseInt(o.getOrDefault("deep-page", "1000")),
          Integer.parseInt(o.getOrDefault("seed-messages", "5")));
    }

    boolean postgres() {
      return db.equals("postgresql");
    }

    /** The URL the bench's own JDBC connections use (the server must be stopped on H2). */
    String benchJdbcUrl() {
      return postgres() ? withSchema(jdbcUrl) : "jdbc:h2:" + home.resolve("db/jadepost");
    }

    String withSchema(String url) {
      return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    Connection connect() throws SQLException {
      return postgres()
          ? DriverManager.getConnection(benchJdbcUrl(), dbUser, dbPassword)
          : DriverManager.getConnection(benchJdbcUrl(), "", "");
    }
  }

  // ---- main ----------------------------------------------------------------------------------

  public static void main(String[] args) throws Exception {
    Options opt = Options.parse(args);
    Files.createDirectories(opt.results());
    Report report = new Report(opt);
    if (opt.postgres()) {
      resetSchema(opt);
    }
    Server server = new Server(opt);
    try {
      server.start();
      String domain = "bench" + Long.toHexString(System.nanoTime() & 0xffffff) + ".example.com";
      String user = "reader@" + domain;
      provision(server, domain);
      Api api = new Api(server.base(), user, PASSWORD);
      long inbox = api.inboxId();
      Smtp.deliver(server.smtpPort(), user, opt.seed(), "seed");
      server.stop();

      Filler filler = new Filler(opt, inbox);
      report.line("Seeded " + opt.seed() + " messages over MX; blobs: " + filler.blobs().size());
      for (int target : new int[] {opt.small(), opt.large()}) {
        Fill fill = filler.fillTo(target);
        report.line(
            String.format(
                Locale.ROOT,
                "Filled to %,d rows (%,d inserted in %.1f s, unseen %,d); counters checked.",
                fill.count(),
                fill.inserted(),
                fill.seconds(),
                fill.unseen()));
        server.start();
        report.phase(measure(opt, server, api, inbox, fill, user, report));
        server.stop();
      }
      report.explains(new Explainer(opt, inbox).run(opt.deepPage()));
    } finally {
      server.stopQuietly();
      report.write();
    }
  }

  static void provision(Server server, String domain) throws Exception {
    Api admin = new Api(server.base(), "admin", server.adminPassword());
    admin.post(
        "/api/v1/domains",
        "{\"name\":\""
            + domain
            + "\",\"quotaBytes\":1099511627776,\"userQuotaBytes\":107374182400}");
    admin.post(
        "/api/v1/domains/" + domain + "/users",
        "{\"localPart\":\"reader\",\"password\":\""
            + PASSWORD
            + "\",\"displayName\":\"Bench Reader\",\"role\":\"USER\",\"quotaBytes\":107374182400}");
  }

  // ---- measurement ---------------------------------------------------------------------------

  record Stat(String op, int n, double median, double p90, double min, double max) {
    static Stat of(String op, List<Double> ms) {
      double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Stat(
          op, v.length, percentile(v, 50), percentile(v, 90), v[0], v[v.length - 1]);
    }

    static double percentile(double[] sorted, int p) {
      double rank = (p / 100.0) * (sorted.length - 1);
      int lo = (int) Math.floor(rank);
      int hi = (int) Math.ceil(rank);
      return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
  }

  record Phase(int messages, int deepPage, List<Stat> stats, String notes) {}

  static Phase measure(Options opt, Server server, Api api, long inbox, Fill fill, String user, Report report)
      throws Exception {
    List<Stat> stats = new ArrayList<>();
    StringBuilder notes = new StringBuilder();

    Json.Obj folder = api.inbox();
    long count = folder.num("messageCount");
    long unseen = folder.num("unseenCount");
    if (count != fill.count() || unseen != fill.unseen()) {
      throw new IllegalStateException(
          "API shows " + count + "/" + unseen + " but the database has " + fill.count() + "/" + fill.unseen());
    }
    notes.append(String.format(Locale.ROOT, "API Inbox: %,d messages, %,d unread. ", count, unseen));

    Smtp busy = Smtp.open(server.smtpPort());
    stats.add(time("folder list (with unread counts)", opt.reps(), busy, user, () -> api.get("/api/v1/mailbox/folders")));
    String pages = "/api/v1/mailbox/folders/" + inbox + "/messages?limit=" + PAGE;
    stats.add(time("first page (50)", opt.reps(), busy, user, () -> api.get(pages)));

    // Follow cursors from page 1 to the deep page, timing every step.
    int deep = Math.max(2, Math.min(opt.deepPage(), (int) (count / PAGE)));
    List<Double> walk = new ArrayList<>();
    String cursor = null;
    String deepCursor = null;
    for (int page = 1; page < deep; page++) {
      long t0 = System.nanoTime();
      Json.Obj body = Json.parse(api.get(pages + (cursor == null ? "" : "&cursor=" + enc(cursor)))).obj();
      walk.add((System.nanoTime() - t0) / 1e6);
      cursor = body.str("nextCursor");
      if (cursor == null) {
        throw new IllegalStateException("No next cursor after page " + page);
      }
    }
    deepCursor = cursor;
    int tail = Math.min(20, walk.size() / 2);
    stats.add(Stat.of("walk: pages 2-" + (tail + 1) + " by cursor", walk.subList(1, tail + 1)));
    stats.add(Stat.of("walk: last " + tail + " pages before " + deep, walk.subList(walk.size() - tail, walk.size())));
    String deepUrl = pages + "&cursor=" + enc(deepCursor);
    Json.Obj deepBody = Json.parse(api.get(deepUrl)).obj();
    int deepSize = deepBody.arr("messages").size();
    if (deepSize != PAGE) {
      throw new IllegalStateException("Deep page " + deep + " has " + deepSize + " messages");
    }
    stats.add(time("page " + deep + " by cursor", opt.reps(), busy, user, () -> api.get(deepUrl)));

    busy.close();
    long before = count + busy.sent;
    // Appends last: they grow the folder by warm-up + repetitions.
    try (Smtp smtp = Smtp.open(server.smtpPort())) {
      for (int i = 0; i < 10; i++) {
        smtp.send(user, "warm " + i);
      }
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < opt.appendReps(); i++) {
        long t0 = System.nanoTime();
        smtp.send(user, "append " + i);
        ms.add((System.nanoTime() - t0) / 1e6);
      }
      stats.add(Stat.of("MX append, 1 connection (MAIL..250)", ms));
    }
    long after = api.inbox().num("messageCount");
    if (after != before + 10 + opt.appendReps()) {
      throw new IllegalStateException("Inbox has " + after + " after appends, expected " + (before + 10 + opt.appendReps()));
    }
    notes.append(String.format(Locale.ROOT, "After appends: %,d messages.", after));
    Phase phase = new Phase((int) count, deep, stats, notes.toString());
    report.print(phase);
    return phase;
  }

  interface Call {
    Object run() throws Exception;
  }

  /**
   * Times {@code call} after warm-up. Before every call one untimed MX delivery changes {@code
   * mail_message}: H2 hands back the previous result of an identical query when none of its tables
   * changed since, which a real mailbox, where mail keeps arriving, does not get.
   */
  static Stat time(String op, int reps, Smtp busy, String user, Call call) throws Exception {
    return time(op, reps, call, () -> {
      busy.send(user, "arrives between reads");
      busy.sent++;
      return null;
    });
  }

  static Stat time(String op, int reps, Call call, Call before) throws Exception {
    return Stat.of(op, samples(reps, call, before));
  }

  /** Milliseconds of {@code reps} timed calls, each after {@code before}, after a warm-up. */
  static List<Double> samples(int reps, Call call, Call before) throws Exception {
    int warm = Math.max(10, reps / 5);
    for (int i = 0; i < warm; i++) {
      before.run();
      call.run();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < reps; i++) {
      before.run();
      long t0 = System.nanoTime();
      call.run();
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    return ms;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---- the server ----------------------------------------------------------------------------

  static final class Server {
    private final Options opt;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final String adminPassword = "Adm" + UUID.randomUUID().toString().replace("-", "");
    private Process launcher;
    private int starts;

    Server(Options opt) throws IOException {
      this.opt = opt;
      for (String name : List.of("HTTP", "SMTP", "SUBMISSION", "SMTPS", "IMAP", "IMAPS", "POP3", "POP3S", "PROBE")) {
        try (ServerSocket s = new ServerSocket(0)) {
          ports.put(name, s.getLocalPort());
        }
      }
    }

    void start() throws Exception {
      Path out = opt.home().resolveSibling(opt.home().getFileName() + "-console.log");
      ProcessBuilder pb =
          new ProcessBuilder(opt.root().resolve("bin/jadepost").toString(), "run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Map<String, String> env = pb.environment();
      env.put("JADEPOST_HOME", opt.home().toString());
      env.put("JADEPOST_BIND", "127.0.0.1");
      env.put("JADEPOST_ADMIN_PASSWORD", adminPassword);
      env.put("JADEPOST_START_TIMEOUT", "400");
      // The launcher rebuilds a stale jar on the first start only.
      if (starts > 0) {
        env.put("JADEPOST_SKIP_BUILD", "1");
      }
      ports.forEach((name, port) -> env.put("JADEPOST_" + name + "_PORT", String.valueOf(port)));
      if (opt.postgres()) {
        env.put("JADEPOST_DB_URL", opt.withSchema(opt.jdbcUrl()));
        env.put("JADEPOST_DB_USER", opt.dbUser());
        env.put("JADEPOST_DB_PASSWORD", opt.dbPassword());
      }
      long offset = Files.exists(out) ? Files.size(out) : 0;
      long t0 = System.nanoTime();
      launcher = pb.start();
      starts++;
      Instant deadline = Instant.now().plusSeconds(starts == 1 ? 1500 : 420);
      while (true) {
        byte[] all = Files.exists(out) ? Files.readAllBytes(out) : new byte[0];
        String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        if (text.contains("Jadepost is running.")) {
          break;
        }
        if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Server did not start; see " + out + "\n" + text);
        }
        Thread.sleep(500);
      }
      System.out.printf(Locale.ROOT, "server start %d ready in %.0f s%n", starts, (System.nanoTime() - t0) / 1e9);
    }

    void stop() throws Exception {
      List<ProcessHandle> children = launcher.descendants().toList();
      launcher.destroy();
      if (!launcher.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IllegalStateException("Server did not stop in 120 s");
      }
      for (ProcessHandle child : children) {
        child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
      launcher = null;
    }

    void stopQuietly() {
      if (launcher == null) {
        return;
      }
      try {
        stop();
      } catch (Exception e) {
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
      }
    }

    URI base() {
      return URI.create("http://127.0.0.1:" + ports.get("HTTP"));
    }

    int smtpPort() {
      return ports.get("SMTP");
    }

    String adminPassword() {
      return adminPassword;
    }
  }

  static void resetSchema(Options opt) throws SQLException {
    try (Connection c = DriverManager.getConnection(opt.jdbcUrl(), opt.dbUser(), opt.dbPassword());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + opt.schema() + " CASCADE");
      s.execute("CREATE SCHEMA " + opt.schema());
    }
  }

  // ---- HTTP API ------------------------------------------------------------------------------

  static final class Api {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String auth;

    Api(URI base, String user, String password) {
      this.base = base;
      this.auth =
          "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String get(String path) throws Exception {
      return send(HttpRequest.newBuilder(base.resolve(path)).GET(), 200);
    }

    String put(String path, String json) throws Exception {
      return send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(json)),
          200);
    }

    String post(String path, String json) throws Exception {
      return send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json)),
          201);
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
      HttpResponse<String> r =
          http.send(
              request.header("Authorization", auth).timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != expected) {
        throw new IllegalStateException(r.request().uri() + " -> " + r.statusCode() + " " + r.body());
      }
      return r.body();
    }

    Json.Obj inbox() throws Exception {
      for (Object f : Json.parse(get("/api/v1/mailbox/folders")).arr()) {
        Json.Obj folder = (Json.Obj) f;
        if ("INBOX".equals(folder.str("specialUse"))) {
          return folder;
        }
      }
      throw new IllegalStateException("No Inbox");
    }

    long inboxId() throws Exception {
      return inbox().num("id");
    }
  }

  // ---- SMTP (the MX listener, plain) ---------------------------------------------------------

  static final class Smtp implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    int sent;

    private Smtp(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      this.out = socket.getOutputStream();
    }

    static Smtp open(int port) throws IOException {
      Smtp smtp = new Smtp(new Socket("127.0.0.1", port));
      smtp.socket.setSoTimeout(120_000);
      smtp.expect("220");
      smtp.command("EHLO bench.example", "250");
      return smtp;
    }

    static void deliver(int port, String to, int count, String tag) throws IOException {
      try (Smtp smtp = open(port)) {
        for (int i = 0; i < count; i++) {
          // Sizes 1 KB .. ~100 KB, so the reused blobs give a realistic size mix.
          smtp.send(to, tag + " " + i, 600 * (int) Math.pow(3, i % 5));
        }
      }
    }

    void send(String to, String subject) throws IOException {
      send(to, subject, 2000);
    }

    void send(String to, String subject, int bodyBytes) throws IOException {
      command("MAIL FROM:<news@sender.example>", "250");
      command("RCPT TO:<" + to + ">", "250");
      command("DATA", "354");
      StringBuilder m = new StringBuilder();
      m.append("From: Sender <news@sender.example>\r\n")
          .append("To: <").append(to).append(">\r\n")
          .append("Subject: ").append(subject).append("\r\n")
          .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC))).append("\r\n")
          .append("Message-ID: <").append(UUID.randomUUID()).append("@sender.example>\r\n")
          .append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
      String line = "The quick brown fox jumps over the lazy dog, " + UUID.randomUUID() + "\r\n";
      while (m.length() < bodyBytes) {
        m.append(line);
      }
      m.append(".\r\n");
      out.write(m.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      expect("250");
    }

    void command(String line, String code) throws IOException {
      out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      expect(code);
    }

    private void expect(String code) throws IOException {
      String line;
      do {
        line = in.readLine();
        if (line == null) {
          throw new IOException("Connection closed, expected " + code);
        }
        if (!line.startsWith(code)) {
          throw new IOException("Expected " + code + ", got: " + line);
        }
      } while (line.length() > 3 && line.charAt(3) == '-');
    }

    @Override
    public void close() throws IOException {
      try {
        command("QUIT", "221");
      } finally {
        socket.close();
      }
    }
  }

  // ---- the bulk fill (server stopped) --------------------------------------------------------

  record Blob(String id, long size) {}

  record Fill(long count, long unseen, int inserted, double seconds) {}

  static final class Filler {
    private static final String[] SUBJECTS = {
      "Quarterly report %d", "Re: Invoice #%d", "Meeting notes, week %d", "Fwd: Contract draft v%d",
      "Your order %d has shipped", "季度报告 第%d期", "回复：发票 %d", "项目进度更新 %d",
      "Reminder: review due (%d)", "Newsletter issue %d", "Re: Re: budget %d", "会议纪要 %d"
    };
    private static final String[] NAMES = {
      "Alice Chen", "Bob Smith", "王小明", "李华", "Carol Jones", "张伟", "David Brown", "刘洋",
      "Eve Martin", "陈静", "Frank Miller", "赵磊"
    };
    private static final String[] DOMAINS = {
      "partner.example", "supplier.example.cn", "news.example.org", "client.example.com"
    };

    private final Options opt;
    private final long folder;
    private final List<Blob> blobs = new ArrayList<>();
    private final String to;

    Filler(Options opt, long folder) throws SQLException {
      this.opt = opt;
      this.folder = folder;
      try (Connection c = opt.connect();
          PreparedStatement s =
              c.prepareStatement("SELECT DISTINCT blob_id, size_bytes FROM mail_message WHERE folder_id = ?")) {
        s.setLong(1, folder);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            blobs.add(new Blob(r.getString(1), r.getLong(2)));
          }
        }
        try (PreparedStatement t = c.prepareStatement("SELECT MIN(to_addresses) FROM mail_message WHERE folder_id = ?")) {
          t.setLong(1, folder);
          try (ResultSet r = t.executeQuery()) {
            r.next();
            to = r.getString(1);
          }
        }
      }
      if (blobs.isEmpty()) {
        throw new IllegalStateException("No delivered message to take blobs from");
      }
    }

    List<Blob> blobs() {
      return blobs;
    }

    /** Inserts rows until the folder holds {@code target}, updates its counters, checks them. */
    Fill fillTo(int target) throws SQLException {
      long t0 = System.nanoTime();
      try (Connection c = opt.connect()) {
        c.setAutoCommit(false);
        long count;
        long uidNext;
        long modseq;
        try (PreparedStatement s =
            c.prepareStatement("SELECT message_count, uid_next, highest_modseq FROM mail_folder WHERE id = ? FOR UPDATE")) {
          s.setLong(1, folder);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            count = r.getLong(1);
            uidNext = r.getLong(2);
            modseq = r.getLong(3);
          }
        }
        int add = (int) Math.max(0, target - count);
        long firstId;
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM mail_message")) {
          r.next();
          // Past every id the server's sequence handed out (it allocates 50 at a time).
          firstId = Math.max(r.getLong(1), sequenceValue(c)) + 1000;
        }
        // Dates spread over the past year, in delivery order (UIDs grow with dates).
        Instant now = Instant.now().minus(1, ChronoUnit.HOURS);
        long[] offsets = new long[add];
        for (int i = 0; i < add; i++) {
          offsets[i] = (long) (RANDOM.nextDouble() * 365L * 24 * 3600 * 1000);
        }
        Arrays.sort(offsets);
        long unseenAdded = 0;
        long bytesAdded = 0;
        String sql =
            "INSERT INTO mail_message (id, folder_id, uid, modseq, flags, keywords, internal_date,"
                + " size_bytes, blob_id, subject, from_address, from_name, to_addresses, sent_date,"
                + " message_id, has_attachments, subject_sort)"
                + " VALUES (?,?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ins = c.prepareStatement(sql)) {
          for (int i = 0; i < add; i++) {
            Instant date = now.minusMillis(offsets[add - 1 - i]);
            Blob blob = blobs.get(RANDOM.nextInt(blobs.size()));
            boolean seen = RANDOM.nextDouble() >= 0.30;
            int flags = (seen ? 1 : 0) | (RANDOM.nextDouble() < 0.05 ? 4 : 0) | (seen && RANDOM.nextDouble() < 0.2 ? 2 : 0);
            String name = NAMES[RANDOM.nextInt(NAMES.length)];
            String from = "user" + RANDOM.nextInt(500) + "@" + DOMAINS[RANDOM.nextInt(DOMAINS.length)];
            ins.setLong(1, firstId + i);
            ins.setLong(2, folder);
            ins.setLong(3, uidNext + i);
            ins.setLong(4, modseq + 1 + i);
            ins.setInt(5, flags);
            ins.setObject(6, OffsetDateTime.ofInstant(date, ZoneOffset.UTC));
            ins.setLong(7, blob.size());
            ins.setString(8, blob.id());
            String subject = String.format(Locale.ROOT, SUBJECTS[RANDOM.nextInt(SUBJECTS.length)], RANDOM.nextInt(10_000));
            ins.setString(9, subject);
            ins.setString(10, from);
            ins.setString(11, name);
            ins.setString(12, to);
            ins.setObject(13, OffsetDateTime.ofInstant(date.minusSeconds(5 + RANDOM.nextInt(600)), ZoneOffset.UTC));
            ins.setString(14, "<" + UUID.randomUUID() + "@" + from.substring(from.indexOf('@') + 1) + ">");
            ins.setBoolean(15, RANDOM.nextDouble() < 0.1);
            ins.setString(16, subject.substring(0, Math.min(100, subject.length())));
            ins.addBatch();
            unseenAdded += seen ? 0 : 1;
            bytesAdded += blob.size();
            if (i % 1000 == 999) {
              ins.executeBatch();
            }
          }
          ins.executeBatch();
        }
        try (PreparedStatement up =
            c.prepareStatement(
                "UPDATE mail_folder SET message_count = message_count + ?, unseen_count = unseen_count + ?,"
                    + " size_bytes = size_bytes + ?, uid_next = uid_next + ?, highest_modseq = highest_modseq + ?,"
                    + " version = version + 1 WHERE id = ?")) {
          up.setLong(1, add);
          up.setLong(2, unseenAdded);
          up.setLong(3, bytesAdded);
          up.setLong(4, add);
          up.setLong(5, add);
          up.setLong(6, folder);
          up.executeUpdate();
        }
        long restart = ((firstId + add) / 50 + 2) * 50;
        try (Statement s = c.createStatement()) {
          s.execute("ALTER SEQUENCE mail_message_seq RESTART WITH " + restart);
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          // Statistics as a long-running database would have them.
          s.execute(opt.postgres() ? "ANALYZE mail_message" : "ANALYZE");
        }
        Fill fill = check(c, add, (System.nanoTime() - t0) / 1e9);
        return fill;
      }
    }

    private long sequenceValue(Connection c) throws SQLException {
      String sql =
          opt.postgres()
              ? "SELECT last_value FROM mail_message_seq"
              : "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'MAIL_MESSAGE_SEQ'";
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery(sql)) {
        return r.next() ? r.getLong(1) : 0;
      }
    }

    /** The folder's counters must equal what its rows say. */
    private Fill check(Connection c, int inserted, double seconds) throws SQLException {
      String sql =
          "SELECT f.message_count, f.unseen_count, f.size_bytes, f.uid_next, f.highest_modseq,"
              + " (SELECT COUNT(*) FROM mail_message m WHERE m.folder_id = f.id),"
              + " (SELECT COUNT(*) FROM mail_message m WHERE m.folder_id = f.id AND MOD(m.flags, 2) = 0),"
              + " (SELECT COALESCE(SUM(m.size_bytes), 0) FROM mail_message m WHERE m.folder_id = f.id),"
              + " (SELECT COALESCE(MAX(m.uid), 0) FROM mail_message m WHERE m.folder_id = f.id),"
              + " (SELECT COALESCE(MAX(m.modseq), 0) FROM mail_message m WHERE m.folder_id = f.id)"
              + " FROM mail_folder f WHERE f.id = ?";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, folder);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          boolean ok =
              r.getLong(1) == r.getLong(6)
                  && r.getLong(2) == r.getLong(7)
                  && r.getLong(3) == r.getLong(8)
                  && r.getLong(4) == r.getLong(9) + 1
                  && r.getLong(5) >= r.getLong(10);
          if (!ok) {
            throw new IllegalStateException(
                String.format(
                    "Counters disagree with rows: count %d/%d unseen %d/%d bytes %d/%d uidnext %d/%d modseq %d/%d",
                    r.getLong(1), r.getLong(6), r.getLong(2), r.getLong(7), r.getLong(3), r.getLong(8),
                    r.getLong(4), r.getLong(9), r.getLong(5), r.getLong(10)));
          }
          return new Fill(r.getLong(1), r.getLong(2), inserted, seconds);
        }
      }
    }
  }

  // ---- query plans (server stopped) ----------------------------------------------------------

  /**
   * The page queries as EclipseLink issues them for {@code MailMessage.newest} and {@code
   * MailMessage.olderThan} (columns, predicate shape and LIMIT/OFFSET as the server sends them),
   * with the cursor of page {@code deepPage}; plus the folder list query.
   */
  static final class Explainer {
    private static final String COLUMNS =
        "ID, BLOB_ID, FLAGS, FROM_ADDRESS, FROM_NAME, HAS_ATTACHMENTS, INTERNAL_DATE, KEYWORDS,"
            + " MESSAGE_ID, MODSEQ, SENT_DATE, SIZE_BYTES, SUBJECT, TO_ADDRESSES, UID, FOLDER_ID";
    private final Options opt;
    private final long folder;

    Explainer(Options opt, long folder) {
      this.opt = opt;
      this.folder = folder;
    }

    Map<String, String> run(int deepPage) throws SQLException {
      Map<String, String> plans = new LinkedHashMap<>();
      try (Connection c = opt.connect()) {
        OffsetDateTime date;
        long id;
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT internal_date, id FROM mail_message WHERE folder_id = ?"
                    + " ORDER BY internal_date DESC, id DESC OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY")) {
          s.setLong(1, folder);
          s.setInt(2, (deepPage - 1) * PAGE - 1);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            date = r.getObject(1, OffsetDateTime.class);
            id = r.getLong(2);
          }
        }
        String ts = "TIMESTAMP WITH TIME ZONE '" + date.withOffsetSameInstant(ZoneOffset.UTC).toString().replace('T', ' ') + "'";
        if (opt.postgres()) {
          ts = "'" + date.withOffsetSameInstant(ZoneOffset.UTC) + "'::timestamptz";
        }
        String first =
            "SELECT " + COLUMNS + " FROM MAIL_MESSAGE WHERE (FOLDER_ID = " + folder + ")"
                + " ORDER BY INTERNAL_DATE DESC, ID DESC LIMIT 51 OFFSET 0";
        String deep =
            "SELECT " + COLUMNS + " FROM MAIL_MESSAGE WHERE ((FOLDER_ID = " + folder + ") AND ((INTERNAL_DATE < " + ts
                + ") OR ((INTERNAL_DATE = " + ts + ") AND (ID < " + id + "))))"
                + " ORDER BY INTERNAL_DATE DESC, ID DESC LIMIT 51 OFFSET 0";
        String folders =
            "SELECT * FROM MAIL_FOLDER WHERE (ACCOUNT_ID = (SELECT ACCOUNT_ID FROM MAIL_FOLDER WHERE ID = " + folder + ")) ORDER BY PATH";
        String prefix = opt.postgres() ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        plans.put("first page", explain(c, prefix, first));
        plans.put("page " + deepPage + " (cursor after page " + (deepPage - 1) + ")", explain(c, prefix, deep));
        plans.put("folder list", explain(c, prefix, folders));
      }
      return plans;
    }

    private static String explain(Connection c, String prefix, String sql) throws SQLException {
      StringBuilder out = new StringBuilder(sql).append("\n--\n");
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery(prefix + sql)) {
        while (r.next()) {
          out.append(r.getString(1)).append('\n');
        }
      }
      return out.toString();
    }
  }

  // ---- report --------------------------------------------------------------------------------

  static final class Report {
    private final Options opt;
    private final StringBuilder text = new StringBuilder();
    private final List<Phase> phases = new ArrayList<>();
    private final String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(OffsetDateTime.now(ZoneOffset.UTC));

    Report(Options opt) {
      this.opt = opt;
      text.append("# Mailbox benchmark, ").append(opt.db()).append(", ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
      text.append(String.format(Locale.ROOT, "%d cores, load average at start: %s; %d repetitions (after warm-up), %d appends.%n%n",
          Runtime.getRuntime().availableProcessors(), loadAverage(), opt.reps(), opt.appendReps()));
    }

    void line(String s) {
      System.out.println(s);
      text.append("- ").append(s).append('\n');
    }

    void print(Phase p) {
      System.out.println(table(List.of(p)));
    }

    void phase(Phase p) {
      phases.add(p);
      text.append("\n## Inbox of ").append(String.format(Locale.ROOT, "%,d", p.messages())).append(" messages\n\n")
          .append(p.notes()).append(" Load average after: ").append(loadAverage()).append("\n\n")
          .append(table(List.of(p))).append('\n');
    }

    void explains(Map<String, String> plans) {
      text.append("\n## Query plans (").append(opt.db()).append(", after the run)\n\n");
      plans.forEach((k, v) -> text.append("### ").append(k).append("\n\n```\n").append(v).append("```\n\n"));
    }

    static String table(List<Phase> ps) {
      StringBuilder t = new StringBuilder("| operation | n | median ms | p90 ms | min ms | max ms |\n|---|---|---|---|---|---|\n");
      for (Phase p : ps) {
        for (Stat s : p.stats()) {
          t.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", s.op(), s.n(), s.median(), s.p90(), s.min(), s.max()));
        }
      }
      return t.toString();
    }

    void write() throws IOException {
      if (phases.size() == 2) {
        Phase a = phases.get(0);
        Phase b = phases.get(1);
        text.append(String.format(Locale.ROOT, "%n## Ratio %,d / %,d messages (medians)%n%n", b.messages(), a.messages()))
            .append("| operation | at ").append(String.format(Locale.ROOT, "%,d", a.messages()))
            .append(" | at ").append(String.format(Locale.ROOT, "%,d", b.messages())).append(" | ratio |\n|---|---|---|---|\n");
        for (int i = 0; i < a.stats().size(); i++) {
          Stat x = a.stats().get(i);
          Stat y = b.stats().get(i);
          text.append(String.format(Locale.ROOT, "| %s / %s | %.1f | %.1f | %.2f |%n", x.op(), y.op(), x.median(), y.median(), y.median() / x.median()));
        }
      }
      Path file = opt.results().resolve(stamp + "-" + opt.db() + ".md");
      Files.writeString(file, text);
      System.out.println(text);
      System.out.println("Report: " + file);
    }

    static String loadAverage() {
      try {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
      } catch (IOException e) {
        return "?";
      }
    }
  }

  // ---- a minimal JSON reader (the API's answers only) ----------------------------------------

  static final class Json {
    static final class Obj extends LinkedHashMap<String, Object> {
      String str(String k) {
        Object v = get(k);
        return v == null ? null : v.toString();
      }

      long num(String k) {
        return ((Number) get(k)).longValue();
      }

      List<?> arr(String k) {
        return (List<?>) get(k);
      }
    }

    private final String s;
    private int i;
    private Object value;

    private Json(String s) {
      this.s = s;
    }

    static Json parse(String text) {
      Json j = new Json(text);
      j.value = j.read();
      return j;
    }

    Obj obj() {
      return (Obj) value;
    }

    List<?> arr() {
      return (List<?>) value;
    }

    private Object read() {
      ws();
      char c = s.charAt(i);
      if (c == '{') {
        Obj o = new Obj();
        i++;
        ws();
        if (s.charAt(i) == '}') {
          i++;
          return o;
        }
        while (true) {
          ws();
          String k = (String) read();
          ws();
          i++; // ':'
          o.put(k, read());
          ws();
          if (s.charAt(i++) == '}') {
            return o;
          }
        }
      }
      if (c == '[') {
        List<Object> a = new ArrayList<>();
        i++;
        ws();
        if (s.charAt(i) == ']') {
          i++;
          return a;
        }
        while (true) {
          a.add(read());
          ws();
          if (s.charAt(i++) == ']') {
            return a;
          }
        }
      }
      if (c == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (s.charAt(i) != '"') {
          char ch = s.charAt(i++);
          if (ch == '\\') {
            char e = s.charAt(i++);
            switch (e) {
              case 'n' -> b.append('\n');
              case 't' -> b.append('\t');
              case 'r' -> b.append('\r');
              case 'b' -> b.append('\b');
              case 'f' -> b.append('\f');
              case 'u' -> {
                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                i += 4;
              }
              default -> b.append(e);
            }
          } else {
            b.append(ch);
          }
        }
        i++;
        return b.toString();
      }
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", i)) {
        i += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String n = s.substring(start, i);
      return n.contains(".") || n.contains("e") || n.contains("E") ? (Number) Double.parseDouble(n) : (Number) Long.parseLong(n);
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
