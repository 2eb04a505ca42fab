package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Read receipts in Chinese (C5): the Sent copy says who read it and when, in Chinese. */
class ReceiptRoundTripChineseIT extends ReceiptSteps {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void receiptShouldShowOnTheSentCopyInChinese() {
    String domain = provisioning.createDomain("rcpt-zh");
    String wang = provisioning.createUser(domain, "wang", "王小明");
    String li = provisioning.createUser(domain, "li", "李雷");
    sendAskingReceipt(wang, li, "订单确认", "请确认收到订单。");
    readAndSendReceipt(li, "订单确认");

    String shown = receiptsOnSentCopy(wang, "订单确认");

    assertThat(shown).startsWith("已读回执：" + li + " 于 ").endsWith(" 已阅读");
  }
}
