package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /admin/domain/users.xhtml?domain=...}: a domain's accounts and the form for new ones. */
public class UsersPage {

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(id = "create:localPart")
  WebElement localPart;

  @FindBy(id = "create:displayName")
  WebElement displayName;

  @FindBy(id = "create:password")
  WebElement password;

  @FindBy(id = "create:quota_input")
  WebElement quotaMb;

  @FindBy(id = "create:role")
  WebElement role;

  @FindBy(id = "create:submit")
  WebElement submit;

  @FindBy(css = "[id='list:users'] span.user-address")
  List<WebElement> addressCells;

  @FindBy(id = "messages")
  WebElement messages;

  @FindBy(id = "usermenu:logout")
  WebElement logout;

  /** The addresses in the table, in the order shown. */
  List<String> addresses() {
    return addressCells.stream().map(WebElement::getText).toList();
  }
}
