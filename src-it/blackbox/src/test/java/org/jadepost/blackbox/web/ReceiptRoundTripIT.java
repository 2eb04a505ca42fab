package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Read receipts in English (C5): alice asks for one, bob sends it, alice sees "displayed by bob" on
 * her Sent copy, while the MDN itself stays in her Inbox and her other mail shows no receipt.
 */
class ReceiptRoundTripIT extends ReceiptSteps {

  @Test
  void receiptSentByReaderShouldShowOnTheSendersSentCopy() {
    String domain = provisioning.createDomain("rcpt-en");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    sendAskingReceipt(alice, bob, "Contract draft", "Please confirm you got it.");
    readAndSendReceipt(bob, "Contract draft");

    String shown = receiptsOnSentCopy(alice, "Contract draft");

    assertThat(shown).startsWith("Read receipt: displayed by " + bob + " at ");
    assertThat(new Mailbox(server, alice).messages("INBOX"))
        .extracting(m -> m.getString("subject"))
        .containsExactly("Read: Contract draft");
  }

  @Test
  void messageWithoutReceiptShouldShowNone() {
    String domain = provisioning.createDomain("rcpt-none");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    sendAskingReceipt(alice, bob, "Asked", "One.");
    readAndSendReceipt(bob, "Asked");
    signIn(alice, Provisioning.PASSWORD);
    ComposePage page = open("/webmail/compose.xhtml", ComposePage.class);
    ComposePage.add(page.to, bob);
    page.subject.sendKeys("Not asked");
    guardHttp(page.send::click);

    guardAjax(MailPage.folder(driver(), "sent")::click);
    guardAjax(on(MailPage.class).open("Not asked")::click);

    assertThat(driver().findElements(By.id("receipts-received"))).isEmpty();
    guardAjax(on(MailPage.class).open("Asked")::click);
    assertThat(driver().findElement(By.id("receipts-received")).getText()).contains(bob);
  }
}
