package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Signatures and templates in English: a default signature opens every new mail, a template of the
 * user's own fills its placeholders from the directory, and a signature chosen per message goes
 * under it; what arrives is what the screen showed.
 */
class SignaturesTemplatesIT extends WebIT {

  @Test
  void signatureAndOwnTemplateShouldFillANewMail() {
    String domain = provisioning.createDomain("sig-en");
    String alice = provisioning.createUser(domain, "alice", "Alice Wong");
    String bob = provisioning.createUser(domain, "bob", "Bob Li");
    signIn(alice, Provisioning.PASSWORD);

    guardHttp(driver().findElement(By.id("nav-signatures"))::click);
    driver().findElement(By.id("signatures:name")).sendKeys("Work");
    WebElement signature =
        driver().findElement(By.cssSelector("[id='signatures:text'] .ql-editor"));
    signature.click();
    signature.sendKeys("Alice Wong, Sales");
    driver().findElement(By.id("signatures:default")).click();
    guardAjax(driver().findElement(By.id("signatures:add"))::click);
    assertThat(driver().findElement(By.id("messages")).getText()).contains("Signature Work saved.");
    assertThat(driver().findElement(By.cssSelector(".signature-item[data-name='Work']")).getText())
        .contains("Work (default)")
        .contains("Alice Wong, Sales");

    guardHttp(driver().findElement(By.id("nav-templates"))::click);
    assertThat(driver().findElements(By.cssSelector("#builtin li.template"))).hasSize(6);
    driver().findElement(By.id("templates:name")).sendKeys("Price update");
    driver().findElement(By.id("templates:subject")).sendKeys("Prices for {company}");
    WebElement text = driver().findElement(By.cssSelector("[id='templates:text'] .ql-editor"));
    text.click();
    text.sendKeys("{salutation}, the new prices are attached.");
    guardAjax(driver().findElement(By.id("templates:add"))::click);
    assertThat(driver().findElement(By.id("messages")).getText())
        .contains("Template Price update saved.");

    guardHttp(driver().findElement(By.id("nav-compose"))::click);
    ComposePage page = on(ComposePage.class);
    assertThat(page.editor.getText()).contains("--\nAlice Wong, Sales");
    ComposePage.add(page.to, bob);
    choose(driver().findElement(By.id("compose:template")), "Price update");
    guardAjax(driver().findElement(By.id("compose:apply-template"))::click);
    page = on(ComposePage.class);
    assertThat(page.subject.getDomProperty("value")).isEqualTo("Prices for " + domain);
    assertThat(page.editor.getText()).isEqualTo("Dear Bob Li, the new prices are attached.");
    guardAjax(driver().findElement(By.id("compose:insert-signature"))::click);
    page = on(ComposePage.class);
    assertThat(page.editor.getText()).endsWith("Alice Wong, Sales");
    guardHttp(page.send::click);

    String received = new Mailbox(server, bob).newestRaw("INBOX");
    assertThat(received)
        .contains("Subject: Prices for " + domain)
        .contains("Dear Bob Li, the new prices are attached.")
        .contains("Alice Wong, Sales");
  }
}
