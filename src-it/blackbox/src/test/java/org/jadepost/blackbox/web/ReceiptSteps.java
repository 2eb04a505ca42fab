package org.jadepost.blackbox.web;

import org.jadepost.blackbox.api.Provisioning;
import org.openqa.selenium.By;

/**
 * The read receipt round trip as two users do it in one browser (C5): the sender asks for a
 * receipt, the reader opens the mail and sends it, the sender opens his Sent copy, where the
 * reading pane shows the receipt.
 */
abstract class ReceiptSteps extends WebIT {

  /** {@code sender} writes to {@code reader} asking for a read receipt, and signs out. */
  protected void sendAskingReceipt(String sender, String reader, String subject, String text) {
    signIn(sender, Provisioning.PASSWORD);
    ComposePage page = open("/webmail/compose.xhtml", ComposePage.class);
    ComposePage.add(page.to, reader);
    page.subject.sendKeys(subject);
    page.editor.click();
    page.editor.sendKeys(text);
    page.receipt.click();
    guardHttp(page.send::click);
    forgetSession();
  }

  /** {@code reader} opens {@code subject} in his Inbox and sends the receipt, and signs out. */
  protected void readAndSendReceipt(String reader, String subject) {
    signIn(reader, Provisioning.PASSWORD);
    guardAjax(on(MailPage.class).open(subject)::click);
    guardAjax(on(MailPage.class).sendReceipt::click);
    forgetSession();
  }

  /** {@code sender} opens {@code subject} in his Sent folder; returns the receipts shown. */
  protected String receiptsOnSentCopy(String sender, String subject) {
    signIn(sender, Provisioning.PASSWORD);
    guardAjax(MailPage.folder(driver(), "sent")::click);
    guardAjax(on(MailPage.class).open(subject)::click);
    return driver().findElement(By.id("receipts-received")).getText();
  }
}
