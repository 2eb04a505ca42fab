package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/** The DKIM page in Chinese. */
class DkimPageChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void dkimPageShouldBeInChinese() {
    String domain = provisioning.createDomain("dkim-zh");
    provisioning.createUser(domain, "boss", "老板", "DOMAIN_ADMIN");
    signIn("boss@" + domain, Provisioning.PASSWORD);

    guardHttp(on(DkimPage.class).nav::click);

    DkimPage page = on(DkimPage.class);
    assertThat(page.title.getText()).isEqualTo(domain + " 的 DKIM 签名");
    assertThat(page.hint.getText()).contains("TXT 记录");
    assertThat(page.rotate.getText()).isEqualTo("生成新密钥");
    assertThat(page.recordName.getText()).endsWith("._domainkey." + domain);
  }
}
