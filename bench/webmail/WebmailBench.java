import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Webmail list benchmark (issue 5): the mail screen of a user with 100,000 messages in his Inbox,
 * measured through the real Faces page and its PrimeFaces AJAX requests, as a browser sends them.
 * Reuses the mailbox bench (compiled alongside) for the server, the provisioning and the JDBC fill.
 *
 * <p>Timed, each after one message delivered over MX (untimed, so H2 cannot answer from its result
 * cache): GET of the mail screen (folder tree + first page of 20), "next page" AJAX steps while
 * walking to the deep page, the deep page again by its cached cursor, and a folder switch (Drafts
 * to Inbox: the Inbox's first page and the tree). Times are client wall times on loopback, an
 * upper bound of the server time.
 */
public final class WebmailBench {

  static final int ROWS = 20;

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private String viewState;

  WebmailBench(URI base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    MailboxBench.Options opt = MailboxBench.Options.parse(args);
    MailboxBench.Server server = new MailboxBench.Server(opt);
    StringBuilder report = new StringBuilder();
    try {
      server.start();
      String domain = "web" + Long.toHexString(System.nanoTime() & 0xffffff) + ".example.com";
      String user = "reader@" + domain;
      MailboxBench.provision(server, domain);
      long inbox = new MailboxBench.Api(server.base(), user, MailboxBench.PASSWORD).inboxId();
      MailboxBench.Smtp.deliver(server.smtpPort(), user, opt.seed(), "seed");
      server.stop();
      MailboxBench.Fill fill = new MailboxBench.Filler(opt, inbox).fillTo(opt.large());
      server.start();
      report.append(
          String.format(
              Locale.ROOT,
              "# Webmail list benchmark, %s, %s%n%nInbox of %,d messages (%,d unread); %d reps;"
                  + " load average at start: %s%n%n| operation | n | p50 ms | p95 ms | max ms |%n"
                  + "|---|---|---|---|---|%n",
              opt.db(),
              Instant.now(),
              fill.count(),
              fill.unseen(),
              opt.reps(),
              Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
      WebmailBench web = new WebmailBench(server.base());
      web.signIn(user);
      try (MailboxBench.Smtp busy = MailboxBench.Smtp.open(server.smtpPort())) {
        MailboxBench.Api api = new MailboxBench.Api(server.base(), user, MailboxBench.PASSWORD);
        // The index catches up first: while it does, it takes a core the timings would share.
        double caughtUp = awaitIndex(api, busy, user);
        web.run(opt, busy, user, report);
        searches(api, opt, busy, user, report, caughtUp);
      }
    } finally {
      server.stopQuietly();
      Path out =
          opt.results().resolve(Instant.now().toString().replace(":", "").substring(0, 15) + "-" + opt.db() + ".md");
      Files.createDirectories(opt.results());
      Files.writeString(out, report);
      System.out.println(report);
      System.out.println("Report: " + out);
    }
  }

  void run(MailboxBench.Options opt, MailboxBench.Smtp busy, String user, StringBuilder report)
      throws Exception {
    Step arrive = () -> busy.send(user, "arrives between reads");
    report.append(row("first page: GET mail screen (tree + 20 rows)", time(opt.reps(), arrive, this::screen)));
    screen();
    List<Double> walk = new ArrayList<>();
    for (int page = 1; page < opt.deepPage(); page++) {
      int first = page * ROWS;
      long t0 = System.nanoTime();
      page(first);
      walk.add((System.nanoTime() - t0) / 1e6);
    }
    report.append(row("next page (AJAX), pages 2-" + opt.deepPage(), walk));
    int deep = (opt.deepPage() - 1) * ROWS;
    report.append(row("deep page " + opt.deepPage() + " again (AJAX)", time(opt.reps(), arrive, () -> page(deep))));
    screen();
    report.append(
        row(
            "sort by subject, first page (AJAX)",
            time(opt.reps(), arrive, () -> sort("subjectCol"))));
    screen();
    report.append(
        row(
            "folder switch Drafts -> Inbox (AJAX)",
            time(opt.reps(), () -> { arrive.run(); folder(1); }, () -> folder(0))));
  }

  /**
   * Seconds until the full-text index (D8) has caught up with the JDBC fill, which bypassed
   * delivery: the time until a message delivered after the fill is found.
   */
  static double awaitIndex(MailboxBench.Api api, MailboxBench.Smtp busy, String user)
      throws Exception {
    String sentinel = "sentinel" + Long.toHexString(System.nanoTime());
    busy.send(user, "Index check " + sentinel);
    long t0 = System.nanoTime();
    while (!api.get("/api/v1/mailbox/search?limit=1&q=" + sentinel).contains("\"uid\"")) {
      if (System.nanoTime() - t0 > 3_600_000_000_000L) {
        throw new IllegalStateException("The index did not catch up within an hour");
      }
      Thread.sleep(1000);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /**
   * Full-text search over the same 100,000 messages, through the REST endpoint the mail screen's
   * search box shares ({@code SearchService}): searches of a page of 50 hits.
   */
  static void searches(
      MailboxBench.Api api,
      MailboxBench.Options opt,
      MailboxBench.Smtp busy,
      String user,
      StringBuilder report,
      double caughtUp)
      throws Exception {
    report.append(
        String.format(
            Locale.ROOT,
            "%nSearch: the JDBC-filled Inbox was indexed (caught up from nothing) in %.0f s, before"
                + " any timing.%n%n"
                + "| operation | n | p50 ms | p95 ms | max ms |%n|---|---|---|---|---|%n",
            caughtUp));
    Step arrive = () -> busy.send(user, "arrives between searches");
    report.append(
        row(
            "search q=会议纪要 (Chinese subject; ~8,000 hits), first 50",
            time(opt.reps(), arrive, () -> api.get("/api/v1/mailbox/search?limit=50&q=" + enc("会议纪要")))));
    report.append(
        row(
            "search q=invoice (English subject word; ~8,000 hits), first 50",
            time(opt.reps(), arrive, () -> api.get("/api/v1/mailbox/search?limit=50&q=invoice"))));
    report.append(
        row(
            "search from=王小明 subject=季度报告, first 50",
            time(
                opt.reps(),
                arrive,
                () ->
                    api.get(
                        "/api/v1/mailbox/search?limit=50&from=" + enc("王小明") + "&subject=" + enc("季度报告")))));
  }

  // ---- requests ----------------------------------------------------------------------------

  void signIn(String user) throws Exception {
    String page = get("/login.xhtml");
    viewState = viewState(page);
    String body =
        form(
            Map.of(
                "login", "login",
                "login:username", user,
                "login:password", MailboxBench.PASSWORD,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState));
    HttpResponse<String> r = post("/login.xhtml", body, false);
    if (!r.uri().getPath().startsWith("/webmail")) {
      throw new IllegalStateException("Sign-in failed: " + r.uri());
    }
  }

  void screen() throws Exception {
    String page = get("/webmail/index.xhtml");
    if (!page.contains("mail:list")) {
      throw new IllegalStateException("No message list in the mail screen");
    }
    viewState = viewState(page);
  }

  void page(int first) throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("jakarta.faces.partial.ajax", "true");
    p.put("jakarta.faces.source", "mail:list");
    p.put("jakarta.faces.partial.execute", "mail:list");
    p.put("jakarta.faces.partial.render", "mail:list");
    p.put("jakarta.faces.behavior.event", "page");
    p.put("jakarta.faces.partial.event", "page");
    p.put("mail:list_pagination", "true");
    p.put("mail:list_first", Integer.toString(first));
    p.put("mail:list_rows", Integer.toString(ROWS));
    p.put("mail:list_skipChildren", "true");
    p.put("mail:list_encodeFeature", "true");
    p.put("mail", "mail");
    p.put("jakarta.faces.ViewState", viewState);
    ajax(p, "data-ri=\"" + first + "\"");
  }

  private int sortDir = 1;

  /** Sorts the list by column {@code column}, alternating ascending and descending. */
  void sort(String column) throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("jakarta.faces.partial.ajax", "true");
    p.put("jakarta.faces.source", "mail:list");
    p.put("jakarta.faces.partial.execute", "mail:list");
    p.put("jakarta.faces.partial.render", "mail:list");
    p.put("jakarta.faces.behavior.event", "sort");
    p.put("jakarta.faces.partial.event", "sort");
    p.put("mail:list_sorting", "true");
    p.put("mail:list_skipChildren", "true");
    p.put("mail:list_encodeFeature", "true");
    p.put("mail:list_sortKey", "mail:list:" + column);
    p.put("mail:list_sortDir", Integer.toString(sortDir));
    sortDir = -sortDir;
    p.put("mail", "mail");
    p.put("jakarta.faces.ViewState", viewState);
    ajax(p, "data-ri=\"0\"");
  }

  void folder(int index) throws Exception {
    String link = "tree:f:" + index + ":open";
    Map<String, String> p = new LinkedHashMap<>();
    p.put("jakarta.faces.partial.ajax", "true");
    p.put("jakarta.faces.source", link);
    p.put("jakarta.faces.partial.execute", link);
    p.put("jakarta.faces.partial.render", "tree mail reader messages");
    p.put(link, link);
    p.put("tree", "tree");
    p.put("jakarta.faces.ViewState", viewState);
    ajax(p, "mail:list");
  }

  private void ajax(Map<String, String> params, String expected) throws Exception {
    HttpResponse<String> r = post("/webmail/index.xhtml", form(params), true);
    if (r.statusCode() != 200 || !r.body().contains(expected) || r.body().contains("<error>")) {
      throw new IllegalStateException("AJAX answer without " + expected + ": " + r.body());
    }
  }

  private String get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + ": HTTP " + r.statusCode());
    }
    return r.body();
  }

  private HttpResponse<String> post(String path, String body, boolean ajax) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String viewState(String page) {
    Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No view state in the page");
    }
    return m.group(1);
  }

  private static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---- timing ------------------------------------------------------------------------------

  /** A timed request that returns nothing (the mailbox bench's calls return a value). */
  interface Step {
    void run() throws Exception;
  }

  static List<Double> time(int reps, Step before, Step call) throws Exception {
    return MailboxBench.samples(
        reps,
        () -> {
          call.run();
          return null;
        },
        () -> {
          before.run();
          return null;
        });
  }

  static String row(String op, List<Double> ms) {
    double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    String line =
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f | %.1f | %.1f |%n",
            op,
            v.length,
            MailboxBench.Stat.percentile(v, 50),
            MailboxBench.Stat.percentile(v, 95),
            v[v.length - 1]);
    System.out.print(line);
    return line;
  }
}
