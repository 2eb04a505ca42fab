package org.jadepost.blackbox.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.ui.Select;

/** The "send later" part of {@code /webmail/compose.xhtml}: date, time, time zone, the button. */
public class SendLaterPage {

  @FindBy(css = "#send-later legend")
  WebElement legend;

  @FindBy(id = "compose:later-date")
  WebElement date;

  @FindBy(id = "compose:later-time")
  WebElement time;

  @FindBy(id = "compose:later-zone")
  WebElement zone;

  @FindBy(id = "compose:send-later-button")
  WebElement button;

  /** Types {@code at} as its wall-clock date and time and picks its zone. */
  void fill(ZonedDateTime at) {
    date.clear();
    date.sendKeys(at.format(DateTimeFormatter.ISO_LOCAL_DATE));
    time.clear();
    time.sendKeys(at.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
    new Select(zone).selectByValue(at.getZone().getId());
  }

  /** The zone chosen now. */
  String zone() {
    return new Select(zone).getFirstSelectedOption().getDomAttribute("value");
  }
}
