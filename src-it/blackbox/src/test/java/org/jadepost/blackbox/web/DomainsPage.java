package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /admin/provider/domains.xhtml}: the provider administrator's domain list and form. */
public class DomainsPage {

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(css = "form[id='create'] h2")
  WebElement formHeading;

  @FindBy(id = "create:name")
  WebElement name;

  @FindBy(id = "create:edition")
  WebElement edition;

  @FindBy(id = "create:quota_input")
  WebElement quotaMb;

  @FindBy(id = "create:userQuota_input")
  WebElement userQuotaMb;

  @FindBy(id = "create:submit")
  WebElement submit;

  @FindBy(css = "[id='list:domains'] span.domain-name")
  List<WebElement> domainNames;

  @FindBy(css = "[id='list:domains'] a[id$=':users']")
  List<WebElement> usersLinks;

  @FindBy(id = "messages")
  WebElement messages;

  @FindBy(id = "usermenu:logout")
  WebElement logout;

  /** The domains in the table, in the order shown. */
  List<String> domains() {
    return domainNames.stream().map(WebElement::getText).toList();
  }

  /** The "Users" link in the row of {@code domain}. */
  WebElement usersLinkOf(String domain) {
    int row = domains().indexOf(domain);
    if (row < 0) {
      throw new IllegalStateException(domain + " is not in the list: " + domains());
    }
    return usersLinks.get(row);
  }
}
