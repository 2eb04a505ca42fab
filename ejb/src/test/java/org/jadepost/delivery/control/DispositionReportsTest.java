package org.jadepost.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jadepost.delivery.entity.DispositionNotification;
import org.junit.jupiter.api.Test;

class DispositionReportsTest {

  @Test
  void parseShouldReadOriginalIdReaderAndDispositionWhenMdnComesFromReceiptBuilder()
      throws Exception {
    byte[] mdn =
        ReceiptBuilder.build(
            "bob@example.com",
            "alice@example.com",
            "<abc-1@example.com>",
            "报价单",
            ZonedDateTime.parse("2026-11-27T10:00:00+08:00"),
            "mail.example.com");

    Optional<DispositionNotification> n = DispositionReports.parse(new ByteArrayInputStream(mdn));

    assertThat(n)
        .contains(
            new DispositionNotification("<abc-1@example.com>", "bob@example.com", "displayed"));
  }

  @Test
  void parseShouldReadDeletedWhenModifierFollowsTheType() throws Exception {
    String mdn =
        report(
            "Final-Recipient: rfc822; carol@example.org\r\n"
                + "Original-Message-ID: <x@example.com>\r\n"
                + "Disposition: automatic-action/MDN-sent-automatically; deleted/error\r\n");

    assertThat(DispositionReports.parse(in(mdn)))
        .contains(new DispositionNotification("<x@example.com>", "carol@example.org", "deleted"));
  }

  @Test
  void parseShouldFindNothingWhenOriginalMessageIdIsMissing() throws Exception {
    String mdn =
        report(
            "Final-Recipient: rfc822; carol@example.org\r\n"
                + "Disposition: manual-action/MDN-sent-manually; displayed\r\n");

    assertThat(DispositionReports.parse(in(mdn))).isEmpty();
  }

  @Test
  void parseShouldFindNothingWhenMessageIsADeliveryStatusReport() throws Exception {
    String dsn =
        report(
                "Final-Recipient: rfc822; x@y\r\nOriginal-Message-ID: <x@y>\r\nDisposition: a; displayed\r\n")
            .replace("disposition-notification", "delivery-status");

    assertThat(DispositionReports.parse(in(dsn))).isEmpty();
  }

  @Test
  void isReportShouldAcceptOnlyDispositionNotificationReports() {
    assertThat(
            DispositionReports.isReport(
                "multipart/report; report-type=\"disposition-notification\"; boundary=b"))
        .isTrue();
    assertThat(DispositionReports.isReport("multipart/mixed; boundary=b")).isFalse();
    assertThat(DispositionReports.isReport(null)).isFalse();
    assertThat(DispositionReports.isReport("not a type ;;;")).isFalse();
  }

  private static String report(String fields) {
    return "From: carol@example.org\r\nTo: alice@example.com\r\nSubject: Read\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"\r\n"
        + "\r\n--b\r\nContent-Type: text/plain\r\n\r\nShown.\r\n"
        + "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        + fields
        + "\r\n--b--\r\n";
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
