package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /login.xhtml}: the one sign-in form for users and administrators. */
public class LoginPage {

  @FindBy(id = "login-heading")
  WebElement heading;

  @FindBy(css = ".login-box .tagline")
  WebElement tagline;

  @FindBy(css = "label[for='login:username']")
  WebElement usernameLabel;

  @FindBy(id = "login:username")
  WebElement username;

  @FindBy(id = "login:password")
  WebElement password;

  @FindBy(id = "login:submit")
  WebElement submit;

  @FindBy(id = "language:zh")
  WebElement chinese;

  @FindBy(id = "language:en")
  WebElement english;

  @FindBy(css = "#messages .ui-messages-error-summary, #messages .ui-messages-error li")
  List<WebElement> errors;

  /** The error messages shown, as the user reads them. */
  List<String> errorTexts() {
    return errors.stream().map(WebElement::getText).filter(t -> !t.isBlank()).distinct().toList();
  }
}
