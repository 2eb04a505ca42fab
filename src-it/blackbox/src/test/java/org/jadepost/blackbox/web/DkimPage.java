package org.jadepost.blackbox.web;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /admin/domain/dkim.xhtml?domain=...}: the DKIM TXT record to publish. */
public class DkimPage {

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(id = "dkim:selector")
  WebElement selector;

  @FindBy(id = "dkim:record-name")
  WebElement recordName;

  @FindBy(id = "dkim:record-value")
  WebElement recordValue;

  @FindBy(id = "dkim:rotate")
  WebElement rotate;

  @FindBy(css = "#dkim p.hint")
  WebElement hint;

  @FindBy(id = "nav-dkim")
  WebElement nav;
}
