package org.jadepost.outbound.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DsnBuilderTest {

  private static final byte[] HEADERS =
      "From: a@jade.test\r\nTo: x@far.test\r\nSubject: Quarterly report\r\n\r\n"
          .getBytes(StandardCharsets.UTF_8);

  private static MimeMessage parse(byte[] dsn) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(dsn));
  }

  private static byte[] dsn() {
    return DsnBuilder.build(
        "mx.jade.test",
        "a@jade.test",
        HEADERS,
        Instant.parse("2026-01-01T00:00:00Z"),
        List.of(
            new FailedRecipient(
                "x@far.test", "mx.far.test", "550 5.1.1 No such user", Instant.now()),
            new FailedRecipient(
                "y@far.test", "mx.far.test", "451 4.4.1 timeout (gave up)", Instant.now())));
  }

  @Test
  void buildShouldWriteAMultipartReportOfTypeDeliveryStatus() throws Exception {
    MimeMessage message = parse(dsn());

    ContentType type = new ContentType(message.getContentType());
    assertThat(type.getBaseType()).isEqualTo("multipart/report");
    assertThat(type.getParameter("report-type")).isEqualTo("delivery-status");
    assertThat(message.getSubject()).contains("Undelivered Mail").contains("退信");
    assertThat(message.getFrom()[0].toString()).contains("MAILER-DAEMON@mx.jade.test");
    assertThat(message.getHeader("To")[0]).isEqualTo("a@jade.test");
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
  }

  @Test
  void buildShouldExplainInEnglishAndChinese() throws Exception {
    BodyPart text = ((MimeMultipart) parse(dsn()).getContent()).getBodyPart(0);

    assertThat(text.getContentType()).startsWith("text/plain");
    assertThat((String) text.getContent())
        .contains("could not be delivered")
        .contains("未能投递")
        .contains("<x@far.test> (mx.far.test):")
        .contains("550 5.1.1 No such user");
  }

  @Test
  void buildShouldReportEachRecipientAsFailedWithAPermanentStatus() throws Exception {
    BodyPart status = ((MimeMultipart) parse(dsn()).getContent()).getBodyPart(1);

    assertThat(status.getContentType()).startsWith("message/delivery-status");
    String fields = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(fields)
        .contains("Reporting-MTA: dns; mx.jade.test")
        .contains("Final-Recipient: rfc822; x@far.test\r\nAction: failed\r\nStatus: 5.1.1")
        .contains("Final-Recipient: rfc822; y@far.test\r\nAction: failed\r\nStatus: 5.4.1")
        .contains("Remote-MTA: dns; mx.far.test")
        .contains("Diagnostic-Code: smtp; 550 5.1.1 No such user");
  }

  @Test
  void buildShouldAttachTheOriginalHeaders() throws Exception {
    BodyPart headers = ((MimeMultipart) parse(dsn()).getContent()).getBodyPart(2);

    assertThat(headers.getContentType()).startsWith("text/rfc822-headers");
    assertThat(new String(headers.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("Subject: Quarterly report");
  }
}
