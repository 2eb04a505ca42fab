package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/folder-passwords.xhtml} and {@code /webmail/unlock.xhtml} (FEATURES N1). */
public class FolderPasswordsPage {

  @FindBy(id = "nav-locks")
  WebElement nav;

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(id = "throttle")
  WebElement throttle;

  @FindBy(css = "[id='locks:scopes'] .scope-name")
  List<WebElement> scopeNames;

  @FindBy(css = "[id='locks:scopes'] .scope-state")
  List<WebElement> scopeStates;

  @FindBy(id = "locks:scope")
  WebElement scope;

  @FindBy(id = "locks:password")
  WebElement password;

  @FindBy(id = "locks:save")
  WebElement save;

  @FindBy(css = "[id='locks:attempts'] .attempt-result")
  List<WebElement> attemptResults;

  @FindBy(id = "unlock:password")
  WebElement unlockPassword;

  @FindBy(id = "unlock:open")
  WebElement open;

  @FindBy(id = "messages")
  WebElement messages;
}
