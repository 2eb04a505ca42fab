package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/scheduled.xhtml}: the mail waiting to be sent, each with Edit and Cancel. */
public class ScheduledPage {

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(css = "tr.scheduled-item")
  List<WebElement> rows;

  @FindBy(id = "scheduled:none")
  List<WebElement> none;

  /** The row of the message with {@code subject}. */
  WebElement row(String subject) {
    return rows.stream()
        .filter(r -> subject.equals(r.findElement(By.className("subject")).getText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No scheduled message " + subject));
  }

  static WebElement cancel(WebElement row) {
    return row.findElement(By.cssSelector("button[id$=':cancel']"));
  }

  static WebElement edit(WebElement row) {
    return row.findElement(By.cssSelector("button[id$=':edit']"));
  }

  static String cell(WebElement row, String name) {
    return row.findElement(By.className(name)).getText();
  }
}
