package org.jadepost.blackbox.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jadepost.blackbox.server.TestRun;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its chromedriver, both named explicitly so Selenium
 * Manager never tries to download a browser or driver. Each browser gets a fresh profile and asks
 * for pages in one language, through both the UI language and {@code Accept-Language}.
 */
final class Chromium {

  private static final String BINARY =
      System.getProperty("jadepost.it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("jadepost.it.chromedriver", "/usr/bin/chromedriver");

  private Chromium() {}

  /** A new browser preferring {@code language}; its profile lives in {@code profile}. */
  static ChromeDriver start(Locale language, Path profile) {
    String tag = language.toLanguageTag();
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
        "--user-data-dir=" + profile,
        "--lang=" + tag);
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", tag + "," + language.getLanguage()));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .withLogFile(TestRun.logs().resolve("chromedriver.log").toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** A fresh profile directory under {@code target}. */
  static Path newProfile() {
    try {
      Path parent = Files.createDirectories(TestRun.work().resolve("chromium-profiles"));
      return Files.createTempDirectory(parent, "profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
