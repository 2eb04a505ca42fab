package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A domain administrator finds the DKIM TXT record to publish in the domain console. */
class DkimPageIT extends WebIT {

  @Test
  void domainAdministratorShouldSeeTxtRecordOfOwnDomain() {
    String domain = provisioning.createDomain("dkim-page");
    provisioning.createUser(domain, "chief", "Chief", "DOMAIN_ADMIN");
    JsonObject record = provisioning.admin().get("/api/v1/domains/" + domain + "/dkim").json();
    signIn("chief@" + domain, Provisioning.PASSWORD);

    guardHttp(on(DkimPage.class).nav::click);

    DkimPage page = on(DkimPage.class);
    assertThat(page.title.getText()).isEqualTo("DKIM signing of " + domain);
    assertThat(page.selector.getText()).isEqualTo(record.getString("selector"));
    assertThat(page.recordName.getText()).isEqualTo(record.getString("recordName"));
    assertThat(page.recordValue.getDomProperty("value")).isEqualTo(record.getString("txtValue"));
    assertThat(page.hint.getText()).contains("Publish this TXT record");
  }

  @Test
  void rotateShouldShowNewRecord() {
    String domain = provisioning.createDomain("dkim-rotate");
    signIn("admin", server.adminPassword());
    DkimPage page = open("/admin/domain/dkim.xhtml?domain=" + domain, DkimPage.class);
    String before = page.recordValue.getDomProperty("value");

    guardAjax(
        () -> {
          page.rotate.click();
          driver().switchTo().alert().accept();
        });

    DkimPage after = on(DkimPage.class);
    assertThat(after.recordValue.getDomProperty("value"))
        .startsWith("v=DKIM1; k=rsa; p=")
        .isNotEqualTo(before);
    assertThat(driver().findElement(By.id("messages")).getText())
        .contains("New key generated under selector " + after.selector.getText());
  }
}
