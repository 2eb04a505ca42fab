package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/index.xhtml}: the mailbox shell a user lands on after signing in. */
public class WebmailPage {

  @FindBy(id = "welcome")
  WebElement welcome;

  @FindBy(id = "mailbox-address")
  WebElement mailboxAddress;

  @FindBy(css = "li.folder.folder-inbox")
  WebElement inbox;

  @FindBy(css = "li.folder")
  List<WebElement> folders;

  @FindBy(id = "usermenu:logout")
  WebElement logout;

  @FindBy(id = "language:zh")
  WebElement chinese;

  @FindBy(id = "language:en")
  WebElement english;

  List<String> folderNames() {
    return folders.stream().map(WebElement::getText).toList();
  }
}
