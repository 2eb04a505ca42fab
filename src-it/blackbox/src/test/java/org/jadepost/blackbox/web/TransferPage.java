package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/transfer.xhtml}: the transfer station's files, upload and share links. */
public class TransferPage {

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(id = "transfer-usage")
  WebElement usage;

  @FindBy(id = "transfer-file")
  WebElement file;

  @FindBy(id = "transfer-start")
  WebElement start;

  @FindBy(id = "transfer-progress")
  WebElement progress;

  @FindBy(id = "transfer-status")
  WebElement status;

  @FindBy(css = ".file-name")
  List<WebElement> names;

  @FindBy(css = ".file-size")
  List<WebElement> sizes;

  @FindBy(css = ".file-expires")
  List<WebElement> expiries;

  @FindBy(css = ".file-link")
  List<WebElement> links;

  @FindBy(css = ".delete-file")
  List<WebElement> deletes;

  @FindBy(id = "transfer:none")
  List<WebElement> none;
}
