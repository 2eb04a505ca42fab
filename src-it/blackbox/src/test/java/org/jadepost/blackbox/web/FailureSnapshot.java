package org.jadepost.blackbox.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jadepost.blackbox.server.TestRun;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * When a browser test fails, saves what the browser showed, before the browser is closed: {@code
 * target/it-logs/<Class>.<method>.png} and the page source with its URL as {@code .html}.
 */
final class FailureSnapshot implements TestExecutionExceptionHandler {

  private final Supplier<WebDriver> driver;

  FailureSnapshot(Supplier<WebDriver> driver) {
    this.driver = driver;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    WebDriver browser = driver.get();
    if (browser != null) {
      String name =
          context.getRequiredTestClass().getSimpleName()
              + "."
              + context.getRequiredTestMethod().getName();
      try {
        save(browser, TestRun.logs().resolve(name));
      } catch (IOException | WebDriverException e) {
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }

  private static void save(WebDriver browser, Path base) throws IOException {
    Files.createDirectories(base.getParent());
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(base.resolveSibling(base.getFileName() + ".png"), png);
    String source = "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource();
    Files.writeString(
        base.resolveSibling(base.getFileName() + ".html"), source, StandardCharsets.UTF_8);
  }
}
