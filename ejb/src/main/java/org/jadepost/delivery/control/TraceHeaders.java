package org.jadepost.delivery.control;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpEnvelope;

/** The Return-Path and Received headers final delivery prepends (RFC 5321 §4.4). */
public final class TraceHeaders {

  private static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

  private TraceHeaders() {}

  /** Return-Path and Received, CRLF-terminated, for a message finally delivered here. */
  public static byte[] of(
      ConnectionInfo connection, SmtpEnvelope envelope, String host, String id, ZonedDateTime at) {
    return (returnPath(envelope.reversePath()) + received(connection, envelope, host, id, at))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The Return-Path field (RFC 5321 §4.4) that final delivery adds. */
  public static String returnPath(String reversePath) {
    return "Return-Path: <" + clean(reversePath) + ">\r\n";
  }

  /** The Received field (RFC 5321 §4.4) of a message accepted as {@code id}. */
  public static String received(
      ConnectionInfo connection, SmtpEnvelope envelope, String host, String id, ZonedDateTime at) {
    InetSocketAddress remote = connection.remote();
    String ip = remote == null ? "unknown" : remote.getAddress().getHostAddress();
    String protocol =
        "WEBMAIL".equals(connection.listenerName())
            ? "HTTPS"
            : ((envelope.smtpUtf8() ? "UTF8" : "")
                + "ESMTP"
                + (connection.secure() ? "S" : "")
                + (envelope.authenticatedUser() != null ? "A" : ""));
    return "Received: from "
        + clean(envelope.heloName())
        + " (["
        + ip
        + "])\r\n\tby "
        + host
        + " (Jadepost) with "
        + protocol
        + " id "
        + id
        + ";\r\n\t"
        + RFC_5322.format(at)
        + "\r\n";
  }

  // The HELO name and reverse-path come from the client; never let them break the header.
  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\\r\\n\\t<>]", "");
  }
}
