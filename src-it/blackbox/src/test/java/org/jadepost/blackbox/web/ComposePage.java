package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/compose.xhtml}: recipients, subject, the rich text editor, files, send. */
public class ComposePage {

  @FindBy(id = "compose:to_input")
  WebElement to;

  @FindBy(id = "compose:cc_input")
  WebElement cc;

  @FindBy(id = "compose:bcc_input")
  WebElement bcc;

  @FindBy(css = "[id='compose:to'] li.ui-autocomplete-token")
  List<WebElement> toTokens;

  @FindBy(id = "compose:subject")
  WebElement subject;

  @FindBy(css = "[id='compose:body'] .ql-editor")
  WebElement editor;

  @FindBy(
      css =
          "[id='compose:body_toolbar'] .ql-bold, [id='compose:body'] ~ * .ql-bold, .ql-toolbar .ql-bold")
  WebElement bold;

  @FindBy(id = "compose:send")
  WebElement send;

  @FindBy(id = "compose:save")
  WebElement save;

  @FindBy(id = "compose:invalid")
  WebElement invalid;

  @FindBy(id = "compose:receipt_input")
  WebElement receiptBox;

  @FindBy(id = "compose:receipt")
  WebElement receipt;

  @FindBy(css = "[id='compose:upload_input']")
  WebElement upload;

  @FindBy(css = "[id='compose:files'] li.attachment")
  List<WebElement> files;

  @FindBy(id = "page-title")
  WebElement title;

  /** Types {@code address} into a recipient field and ends it with Enter, as a user does. */
  static void add(WebElement field, String address) {
    field.click();
    field.sendKeys(address);
    field.sendKeys(Keys.ENTER);
  }

  /** The addresses shown as tokens in recipient field {@code id} (to, cc, bcc). */
  static List<String> tokens(org.openqa.selenium.WebDriver driver, String id) {
    return driver
        .findElements(
            By.cssSelector(
                "[id='compose:" + id + "'] li.ui-autocomplete-token .ui-autocomplete-token-label"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
