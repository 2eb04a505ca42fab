package org.jadepost.blackbox.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/**
 * The restore ({@code /webmail/restore.xhtml}), cleanup ({@code /webmail/cleanup.xhtml}) and
 * settings ({@code /webmail/settings.xhtml}) pages, with the navigation links to them.
 */
public class OrganisePages {

  @FindBy(id = "nav-restore")
  WebElement navRestore;

  @FindBy(id = "nav-cleanup")
  WebElement navCleanup;

  @FindBy(id = "nav-settings")
  WebElement navSettings;

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(id = "hint")
  WebElement hint;

  @FindBy(id = "messages")
  WebElement messages;

  @FindBy(id = "restore:empty-deleted")
  WebElement emptyDeleted;

  @FindBy(id = "restore:deleted-count")
  WebElement deletedCount;

  @FindBy(css = "[id='restore:list'] .deleted-subject")
  List<WebElement> restorable;

  @FindBy(css = "[id='restore:list'] .ui-chkbox-box")
  List<WebElement> restoreChecks;

  @FindBy(css = "[id='restore:list'] .deleted-folder")
  List<WebElement> deletedFolders;

  @FindBy(css = "[id='restore:list'] .deleted-at")
  List<WebElement> deletedAt;

  @FindBy(css = "[id='restore:list'] .restorable-until")
  List<WebElement> restorableUntil;

  @FindBy(id = "restore:target")
  WebElement target;

  @FindBy(id = "restore:restore")
  WebElement restore;

  @FindBy(css = "[id='cleanup:folders'] label")
  List<WebElement> cleanupFolders;

  @FindBy(id = "cleanup:subject")
  WebElement cleanupSubject;

  @FindBy(id = "cleanup:scan")
  WebElement scan;

  @FindBy(css = "[id='cleanup:results'] .result-subject")
  List<WebElement> results;

  @FindBy(css = "[id='cleanup:results'] .result-folder")
  List<WebElement> resultFolders;

  @FindBy(css = "[id='cleanup:results'] .result-date")
  List<WebElement> resultDates;

  @FindBy(css = "[id='cleanup:results'] .result-size")
  List<WebElement> resultSizes;

  @FindBy(css = "[id='cleanup:results'] .ui-chkbox-box")
  List<WebElement> resultChecks;

  @FindBy(id = "cleanup:delete")
  WebElement deleteSelected;

  @FindBy(id = "settings:page-size")
  WebElement pageSize;

  @FindBy(id = "settings:prefix")
  WebElement prefix;

  @FindBy(id = "settings:language")
  WebElement language;

  @FindBy(id = "language-hint")
  WebElement languageHint;

  @FindBy(id = "settings:reply-to")
  WebElement replyTo;

  @FindBy(id = "settings:save")
  WebElement save;

  /**
   * The day {@code daysFromNow} days from now as the pages start a date in {@code locale}: "Nov 27,
   * 2026" or "2026年11月27日" (the server runs on this machine, in its zone).
   */
  static String day(int daysFromNow, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale)
        .format(LocalDate.now(ZoneId.systemDefault()).plusDays(daysFromNow));
  }

  /** The texts of {@code elements}. */
  static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
