package org.jadepost.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpBodyType;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpListenerKind;
import org.junit.jupiter.api.Test;

class TraceHeadersTest {

  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 11, 27, 8, 15, 0, 0, ZoneOffset.ofHours(8));

  @Test
  void ofShouldWriteReturnPathAndReceivedWithProtocolAndId() {
    String headers = headers(envelope("partner@sender.example", "sender.example"), true);

    assertThat(headers)
        .startsWith(
            "Return-Path: <partner@sender.example>\r\nReceived: from sender.example ([192.0.2.7])")
        .contains("by mx.example.com (Jadepost) with ESMTPS id abc123;")
        .endsWith("Fri, 27 Nov 2026 08:15:00 +0800\r\n");
  }

  @Test
  void ofShouldNotLetClientTextBreakTheHeader() {
    String headers = headers(envelope("a>\r\nBcc: x@evil", "evil\r\nX-Injected: 1"), false);

    assertThat(headers.split("\r\n")).hasSize(4);
    assertThat(headers).doesNotContain("\r\nBcc").doesNotContain("\r\nX-Injected");
  }

  private static String headers(SmtpEnvelope envelope, boolean secure) {
    ConnectionInfo connection =
        new ConnectionInfo(
            "c1",
            "smtp",
            new InetSocketAddress("192.0.2.7", 40000),
            new InetSocketAddress("127.0.0.1", 2525),
            secure);
    byte[] bytes = TraceHeaders.of(connection, envelope, "mx.example.com", "abc123", AT);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static SmtpEnvelope envelope(String from, String helo) {
    return new SmtpEnvelope(
        helo,
        from,
        List.of("alice@example.com"),
        null,
        SmtpListenerKind.MX,
        -1,
        SmtpBodyType.EIGHT_BIT_MIME,
        false);
  }
}
