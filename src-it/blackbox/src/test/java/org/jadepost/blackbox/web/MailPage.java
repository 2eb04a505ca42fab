package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/index.xhtml} as a mail screen: folder tree, toolbar, list and reading pane. */
public class MailPage {

  @FindBy(css = "#mail\\:list tbody tr.message")
  List<WebElement> rows;

  @FindBy(id = "mail:tag")
  WebElement tagMenu;

  @FindBy(id = "mail:tag-add")
  WebElement tagAdd;

  @FindBy(id = "mail:tag-remove")
  WebElement tagRemove;

  @FindBy(id = "mail:query")
  WebElement query;

  @FindBy(id = "mail:search")
  WebElement search;

  @FindBy(id = "mail:clear-search")
  List<WebElement> clearSearch;

  @FindBy(id = "mail:advanced")
  WebElement advanced;

  @FindBy(id = "mail:s-from")
  WebElement searchFrom;

  @FindBy(id = "mail:s-to")
  WebElement searchTo;

  @FindBy(id = "mail:s-subject")
  WebElement searchSubject;

  @FindBy(id = "mail:s-attachment")
  WebElement searchAttachment;

  @FindBy(id = "mail:s-after_input")
  WebElement searchAfter;

  @FindBy(id = "mail:s-before_input")
  WebElement searchBefore;

  @FindBy(id = "mail:s-scope")
  WebElement searchScope;

  @FindBy(id = "mail:s-tag")
  WebElement searchTag;

  @FindBy(id = "mail:advanced-search")
  WebElement advancedSearch;

  @FindBy(id = "mail:listed-tag")
  List<WebElement> listedTag;

  @FindBy(css = "#mail\\:list th.folder-name")
  List<WebElement> folderHeader;

  @FindBy(css = "#reading\\:read-tags .mail-tag")
  List<WebElement> readTags;

  @FindBy(id = "mail:target")
  WebElement moveTarget;

  @FindBy(id = "mail:move")
  WebElement move;

  @FindBy(css = "#mail\\:list .ui-paginator-current")
  WebElement pageReport;

  @FindBy(css = "#mail\\:list .ui-paginator-next")
  WebElement nextPage;

  @FindBy(css = "#mail\\:list .ui-paginator-prev")
  WebElement previousPage;

  @FindBy(id = "mail:refresh")
  WebElement refresh;

  @FindBy(id = "mail:read")
  WebElement markRead;

  @FindBy(id = "mail:unread")
  WebElement markUnread;

  @FindBy(id = "mail:flag")
  WebElement flag;

  @FindBy(id = "mail:delete")
  WebElement delete;

  @FindBy(id = "mail:todo")
  WebElement todo;

  @FindBy(id = "mail:spam")
  WebElement spam;

  @FindBy(id = "mail:all_input")
  WebElement allInFolderInput;

  @FindBy(css = "#mail\\:all .ui-chkbox-box")
  WebElement allInFolder;

  @FindBy(id = "messages")
  WebElement messages;

  @FindBy(id = "read-subject")
  WebElement readSubject;

  @FindBy(id = "read-from")
  WebElement readFrom;

  @FindBy(id = "read-to")
  WebElement readTo;

  @FindBy(id = "read-date")
  WebElement readDate;

  @FindBy(css = ".sender-time")
  List<WebElement> senderTime;

  @FindBy(css = "#attachments li.attachment")
  List<WebElement> attachments;

  @FindBy(css = ".remote-bar")
  List<WebElement> remoteBar;

  @FindBy(id = "reading:show-remote")
  WebElement showRemote;

  @FindBy(css = ".receipt-bar")
  List<WebElement> receiptBar;

  @FindBy(id = "reading:send-receipt")
  WebElement sendReceipt;

  @FindBy(id = "reading:decline-receipt")
  WebElement declineReceipt;

  @FindBy(id = "reading:trust-sender")
  WebElement trustSender;

  @FindBy(id = "read-body")
  List<WebElement> body;

  @FindBy(css = ".read-text")
  List<WebElement> textBody;

  @FindBy(id = "reading:source")
  WebElement source;

  @FindBy(css = "#mail\\:list th.subject")
  WebElement subjectHeader;

  @FindBy(css = "#mail\\:list th.date")
  WebElement dateHeader;

  @FindBy(id = "folder-tree")
  WebElement folderTree;

  /** The subjects of the rows shown, top to bottom. */
  List<String> subjects() {
    return rows.stream().map(MailPage::subject).toList();
  }

  /** The folder column of the rows shown (lists across folders), top to bottom. */
  List<String> folderColumn() {
    return rows.stream()
        .map(r -> r.findElement(By.cssSelector("td.folder-name")).getText())
        .toList();
  }

  /** The tag chips of row {@code subject}: their names. */
  List<String> chips(String subject) {
    return row(subject).findElements(By.cssSelector("td.subject .mail-tag")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String subject(WebElement row) {
    return row.findElement(By.cssSelector("td.subject a")).getText();
  }

  /** The row whose subject is {@code subject}. */
  WebElement row(String subject) {
    return rows.stream()
        .filter(r -> subject(r).equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + subject + " in " + subjects()));
  }

  /** Ticks the selection box of the row {@code subject}. */
  void pick(String subject) {
    row(subject).findElement(By.cssSelector("td.pick .ui-chkbox-box")).click();
  }

  /** The subject link of row {@code subject}, which opens it in the reading pane. */
  WebElement open(String subject) {
    return row(subject).findElement(By.cssSelector("td.subject a"));
  }

  /** The folder link of system folder {@code key} (inbox, deleted, todo, spam ...). */
  static WebElement folder(WebDriver driver, String key) {
    return driver.findElement(By.cssSelector("li.folder-" + key + " a.folder-link"));
  }

  /** The link of tag {@code name} in the tree (list by tag). */
  static WebElement tag(WebDriver driver, String name) {
    return driver.findElements(By.cssSelector("li.tag a.tag-link")).stream()
        .filter(a -> a.findElement(By.cssSelector(".tag-name")).getText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tag " + name + " in the tree"));
  }

  /** The whole text of system folder {@code key} in the tree, such as "Inbox (2)". */
  static String folderText(WebDriver driver, String key) {
    return driver.findElement(By.cssSelector("li.folder-" + key)).getText();
  }
}
