package org.jadepost.blackbox.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.Directories;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The base of every browser test: a fresh headless Chromium per test, in the language the subclass
 * asks for, against the shared server; page objects bound with {@code @FindBy}; and the two guards
 * every interaction goes through, {@link #guardHttp} for full page loads and {@link #guardAjax} for
 * PrimeFaces requests. A failing test leaves a screenshot and the page source in {@code
 * target/it-logs}.
 */
@Tag("browser")
@ExtendWith(SharedJadepost.class)
public abstract class WebIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension final FailureSnapshot failureSnapshot = new FailureSnapshot(this::driver);

  /** The server under test. */
  protected JadepostProcess server;

  /** Sets up the data a test needs through the REST API, which is faster than the UI. */
  protected Provisioning provisioning;

  private WebDriver driver;
  private Path profile;

  /** The language the browser asks for; English unless a subclass says otherwise. */
  protected Locale browserLanguage() {
    return Locale.US;
  }

  @BeforeEach
  void openBrowser(JadepostProcess server) {
    this.server = server;
    this.provisioning = new Provisioning(server);
    profile = Chromium.newProfile();
    driver = Chromium.start(browserLanguage(), profile);
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
    deleteProfile();
  }

  /** The browser of the running test. */
  protected WebDriver driver() {
    return driver;
  }

  /** Loads {@code path} (for example {@code /login.xhtml}) and binds {@code page} to it. */
  protected <P> P open(String path, Class<P> page) {
    guardHttp(() -> driver.get(server.baseUri().resolve(path).toString()));
    return on(page);
  }

  /** Binds {@code page} to the document now shown. */
  protected <P> P on(Class<P> page) {
    return PageFactory.initElements(driver, page);
  }

  /** Runs {@code action} and waits until the browser has loaded the next document. */
  protected void guardHttp(Runnable action) {
    // A mark on the old window object: stalenessOf() is unreliable on Chromium 150, which
    // answers a lookup of a node of the unloaded document with "unknown error".
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
  protected void guardAjax(Runnable action) {
    action.run();
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                script(
                    "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0)")));
  }

  /** Signs in through the login page and waits for the page the server sends him to. */
  protected void signIn(String login, String password) {
    LoginPage page = open("/login.xhtml", LoginPage.class);
    page.username.sendKeys(login);
    page.password.sendKeys(password);
    guardHttp(page.submit::click);
  }

  /**
   * Creates a user in a new domain named after {@code label}, signs him in, returns his address.
   */
  protected String signInNewUser(String label, String local, String name) {
    String address = provisioning.createUser(provisioning.createDomain(label), local, name);
    signIn(address, Provisioning.PASSWORD);
    return address;
  }

  /**
   * Forgets the session as a new browser would start without it: first leaves the Faces page for a
   * plain one of the server, so the page's unload requests still carry the old session, then
   * deletes the cookies.
   */
  protected void forgetSession() {
    guardHttp(() -> driver.get(server.baseUri().resolve("/favicon.ico").toString()));
    driver.manage().deleteAllCookies();
  }

  /** Replaces what {@code field} holds with {@code text}, as a user selecting all and typing. */
  protected void retype(WebElement field, String text) {
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    field.sendKeys(Keys.BACK_SPACE);
    field.sendKeys(text);
  }

  /** Picks the item labelled {@code label} of a PrimeFaces selectOneMenu, as a user clicks it. */
  protected void choose(WebElement menu, String label) {
    String id = menu.getDomAttribute("id");
    By shown = By.id(id + "_label");
    if (label.equals(driver.findElement(shown).getText())) {
      return;
    }
    By panel = By.id(id + "_panel");
    // A click on the opening panel can land on its neighbour (seen once in CI: Drafts for INBOX);
    // a user would pick again, and so does this, once.
    for (int attempt = 1; ; attempt++) {
      menu.click();
      waitUntil(ExpectedConditions.visibilityOfElementLocated(panel));
      waitUntil(d -> Boolean.TRUE.equals(script("return jQuery(':animated').length === 0")));
      driver
          .findElement(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"))
          .click();
      waitUntil(ExpectedConditions.invisibilityOfElementLocated(panel));
      if (attempt == 2 || label.equals(driver.findElement(shown).getText())) {
        break;
      }
    }
    waitUntil(ExpectedConditions.textToBe(shown, label));
  }

  /** The {@code lang} of the page shown: {@code en} or {@code zh}. */
  protected String pageLanguage() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /** The path of the page shown, such as {@code /webmail/index.xhtml}. */
  protected String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  protected <T> T waitUntil(Function<? super WebDriver, T> condition) {
    // An AJAX update can replace an element between finding it and reading it: read again.
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  private Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void deleteProfile() {
    if (profile != null) {
      Directories.delete(profile);
    }
  }
}
