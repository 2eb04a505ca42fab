package org.jadepost.blackbox.web;

import java.time.Duration;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the mail screen tests do with the toolbar's search panel and the tree, as a user does it:
 * open the "advanced" panel, fill it in and search; go back to the folder; drag a row onto a
 * folder; and the raw mails from a second sender that searches tell apart.
 */
abstract class MailScreenSteps extends WebIT {

  /** Opens the advanced search panel, lets {@code fill} fill it in, and searches. */
  protected MailPage advancedSearch(Consumer<MailPage> fill) {
    MailPage mail = on(MailPage.class);
    mail.advanced.click();
    waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("mail:advanced-panel")));
    // The panel opens with a CSS transition and, once it has, PrimeFaces moves the focus to its
    // first field; typing before that would land in that field whatever element was addressed.
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                script(
                    "return !!document.activeElement && jQuery(document.activeElement)"
                        + ".closest(\"[id='mail:advanced-panel']\").length > 0")));
    fill.accept(on(MailPage.class));
    guardAjax(on(MailPage.class).advancedSearch::click);
    return on(MailPage.class);
  }

  /** Types {@code day} (yyyy-MM-dd) into a date field of the panel, as a user types it. */
  protected void typeDate(WebElement field, String day) {
    field.click();
    field.sendKeys(day);
  }

  /** "Show the whole folder": back from the hits or a tag to the open folder. */
  protected MailPage clearSearch() {
    guardAjax(on(MailPage.class).clearSearch.get(0)::click);
    return on(MailPage.class);
  }

  /**
   * Moves row {@code subject} to Spam with the toolbar, then gives Spam (labelled {@code spamScope}
   * on the folder passwords page) the password {@code password}.
   */
  protected void spamAndLock(String subject, String spamScope, String password) {
    on(MailPage.class).pick(subject);
    guardAjax(on(MailPage.class).spam::click);
    guardHttp(on(FolderPasswordsPage.class).nav::click);
    FolderPasswordsPage locks = on(FolderPasswordsPage.class);
    choose(locks.scope, spamScope);
    locks.password.sendKeys(password);
    guardAjax(locks.save::click);
  }

  /** Drags {@code row}'s sender onto the tree link {@code folder} with the mouse, and drops it. */
  protected void drag(WebElement row, WebElement folder) {
    WebElement sender = row.findElement(By.cssSelector("td.sender span"));
    guardAjax(
        () ->
            new Actions(driver())
                .clickAndHold(sender)
                .pause(Duration.ofMillis(100))
                .moveByOffset(5, 5)
                .pause(Duration.ofMillis(100))
                .moveToElement(folder)
                .pause(Duration.ofMillis(200))
                .moveToElement(folder, 2, 2)
                .pause(Duration.ofMillis(200))
                .release()
                .perform());
  }

  /**
   * A plain text mail from {@code from} to the group {@code to} (the envelope says who gets it).
   */
  static byte[] mail(String from, String to, String subject, String body) {
    return TestMails.crlf(
        "From: "
            + from
            + "\nTo: "
            + to
            + "\nSubject: =?UTF-8?B?"
            + TestMails.b64(subject)
            + "?=\nDate: Fri, 27 Nov 2026 09:00:00 +0800\nMessage-ID: <"
            + System.nanoTime()
            + "@other.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8"
            + "\nContent-Transfer-Encoding: base64\n\n"
            + TestMails.b64(body)
            + "\n");
  }

  private Object script(String script) {
    return ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(script);
  }
}
