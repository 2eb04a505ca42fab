package org.jadepost.it.ear;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jadepost.it.server.ItSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver against a deployed Jadepost, both
 * named explicitly so Selenium Manager never downloads a browser or driver. English pages, a fresh
 * profile under {@code target/servers}, and the two waits a Faces page needs: for the next document
 * after a full request, and for PrimeFaces' AJAX queue to drain.
 */
final class Browser implements AutoCloseable {

  private static final String BINARY =
      System.getProperty("jadepost.it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("jadepost.it.chromedriver", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final URI web;

  private Browser(ChromeDriver driver, URI web) {
    this.driver = driver;
    this.web = web;
  }

  /** A new browser for the Jadepost whose web module is at {@code web}; {@code name} its files. */
  static Browser start(URI web, String name) throws IOException {
    Path work = ItSettings.freshWork("browser-" + name);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        "--user-data-dir=" + work.resolve("profile"),
        "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .withLogFile(work.resolve("chromedriver.log").toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, web);
  }

  WebDriver driver() {
    return driver;
  }

  /** Loads {@code path} of the web module (such as {@code webmail/compose.xhtml}). */
  void open(String path) {
    guardHttp(() -> driver.get(web.resolve(path).toString()));
  }

  /** Signs in through the login page and waits for the page the server sends the user to. */
  void signIn(String login, String password) {
    open("login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(login);
    driver.findElement(By.id("login:password")).sendKeys(password);
    guardHttp(driver.findElement(By.id("login:submit"))::click);
  }

  /** Runs {@code action} and waits until the browser has loaded the next document. */
  void guardHttp(Runnable action) {
    // A mark on the old window object: Chromium answers a lookup of a node of an unloaded
    // document with "unknown error", so stalenessOf() cannot tell.
    String mark = UUID.randomUUID().toString();
    script("window.jadepostGuard = arguments[0]", mark);
    action.run();
    new WebDriverWait(driver, WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                !mark.equals(script("return window.jadepostGuard"))
                    && "complete".equals(script("return document.readyState")));
  }

  /** Runs {@code action} and waits until PrimeFaces has no AJAX request left in its queue. */
  void guardAjax(Runnable action) {
    action.run();
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                script(
                    "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0)")));
  }

  <T> T waitUntil(Function<? super WebDriver, T> condition) {
    // An AJAX update can replace an element between finding it and reading it: read again.
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** The HTTP status of a GET of {@code path} from the page shown, with its session. */
  long status(String path) {
    Object status =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                + ".then(function (r) { done(r.status); }, function (e) { done(-1); });",
            web.resolve(path).toString());
    return ((Number) status).longValue();
  }

  /**
   * Saves what the browser shows as {@code target/servers/browser-snapshots/<name>.png} and the
   * page source with its URL as {@code .html}; problems doing so are added to {@code failure}.
   */
  void snapshot(String name, Throwable failure) {
    try {
      Path base = ItSettings.workDirectory("browser-snapshots").resolve(name);
      Files.write(base.resolveSibling(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          base.resolveSibling(name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
          StandardCharsets.UTF_8);
      System.out.println("Browser snapshot of " + name + " in " + base.getParent());
    } catch (IOException | WebDriverException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
