package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The built-in foreign-trade templates in Chinese, filled for a colleague from the directory. */
class SignaturesTemplatesChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void builtInQuotationTemplateShouldSpeakChineseAndGreetTheRecipient() {
    String domain = provisioning.createDomain("sig-zh");
    String wang = provisioning.createUser(domain, "wang", "王小明");
    String fang = provisioning.createUser(domain, "fang", "王芳");
    signIn(wang, Provisioning.PASSWORD);

    guardHttp(driver().findElement(By.id("nav-templates"))::click);
    assertThat(driver().findElement(By.id("page-title")).getText()).isEqualTo("模板");
    assertThat(driver().findElements(By.cssSelector("#builtin li.template")))
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).startsWith("询盘回复"))
        .anySatisfy(t -> assertThat(t).startsWith("节日问候"));
    assertThat(driver().findElement(By.id("templates:none")).getText()).isEqualTo("您还没有自己的模板。");

    guardHttp(driver().findElement(By.id("nav-compose"))::click);
    ComposePage page = on(ComposePage.class);
    ComposePage.add(page.to, fang);
    choose(driver().findElement(By.id("compose:template")), "报价");
    guardAjax(driver().findElement(By.id("compose:apply-template"))::click);

    page = on(ComposePage.class);
    assertThat(page.subject.getDomProperty("value")).isEqualTo("致" + domain + "的报价单");
    assertThat(page.editor.getText()).startsWith("王芳，您好！").contains("此致").endsWith("王小明");
  }
}
