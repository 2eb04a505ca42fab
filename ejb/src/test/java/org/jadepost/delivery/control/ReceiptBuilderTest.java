package org.jadepost.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReceiptBuilderTest {

  @Test
  void buildShouldProduceRfc8098DisplayedReportWhenReaderAgrees() throws Exception {
    byte[] mdn =
        ReceiptBuilder.build(
            "wang@example.cn",
            "li@example.com",
            "<abc@example.com>",
            "报价单",
            ZonedDateTime.of(2026, 11, 27, 15, 4, 5, 0, ZoneOffset.ofHours(8)),
            "mail.example.cn");

    MimeMessage message =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mdn));
    assertThat(message.getSubject()).isEqualTo("Read: 报价单");
    assertThat(message.getContentType()).contains("report-type=disposition-notification");
    MimeMultipart report = (MimeMultipart) message.getContent();
    assertThat(report.getCount()).isEqualTo(2);
    assertThat((String) report.getBodyPart(0).getContent())
        .contains("was displayed at Fri, 27 Nov 2026 15:04:05 +0800");
    String text = new String(mdn, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Content-Type: message/disposition-notification")
        .contains("Final-Recipient: rfc822;wang@example.cn")
        .contains("Original-Message-ID: <abc@example.com>")
        .contains("Disposition: manual-action/MDN-sent-manually; displayed");
  }
}
