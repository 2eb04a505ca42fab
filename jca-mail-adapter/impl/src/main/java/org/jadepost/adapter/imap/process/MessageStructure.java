package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jadepost.adapter.imap.response.ImapValue;

/** ENVELOPE and BODY / BODYSTRUCTURE of a parsed message (RFC 3501 §7.4.2). */
final class MessageStructure {

  private MessageStructure() {}

  static ImapValue envelope(MimePart message) {
    String from = message.header("From");
    String sender = message.header("Sender");
    String replyTo = message.header("Reply-To");
    return ImapValue.list(
        nstring(message.header("Date")),
        nstring(message.header("Subject")),
        addresses(from),
        addresses(sender != null ? sender : from),
        addresses(replyTo != null ? replyTo : from),
        addresses(message.header("To")),
        addresses(message.header("Cc")),
        addresses(message.header("Bcc")),
        nstring(message.header("In-Reply-To")),
        nstring(message.header("Message-ID")));
  }

  static ImapValue structure(MimePart part, boolean extended) {
    if (part.type.equals("multipart") && !part.children.isEmpty()) {
      List<ImapValue> values = new ArrayList<>();
      for (MimePart child : part.children) {
        values.add(structure(child, extended));
      }
      values.add(ImapValue.str(part.subtype.toUpperCase(Locale.ROOT)));
      if (extended) {
        values.add(parameters(part.parameters));
        values.add(ImapValue.NIL);
        values.add(ImapValue.NIL);
        values.add(ImapValue.NIL);
      }
      return ImapValue.list(values);
    }
    List<ImapValue> values = new ArrayList<>();
    String type = part.type.equals("multipart") ? "text" : part.type;
    values.add(ImapValue.str(type.toUpperCase(Locale.ROOT)));
    values.add(
        ImapValue.str(
            part.type.equals("multipart") ? "PLAIN" : part.subtype.toUpperCase(Locale.ROOT)));
    values.add(parameters(part.parameters));
    values.add(nstring(part.header("Content-ID")));
    values.add(nstring(part.header("Content-Description")));
    String encoding = part.header("Content-Transfer-Encoding");
    values.add(ImapValue.str(encoding == null ? "7BIT" : encoding.toUpperCase(Locale.ROOT)));
    values.add(ImapValue.num(part.bodySize()));
    if (type.equals("message") && part.subtype.equals("rfc822") && !part.children.isEmpty()) {
      MimePart inner = part.children.get(0);
      values.add(envelope(inner));
      values.add(structure(inner, extended));
      values.add(ImapValue.num(part.bodyLines));
    } else if (type.equals("text")) {
      values.add(ImapValue.num(part.bodyLines));
    }
    if (extended) {
      values.add(ImapValue.NIL); // MD5
      values.add(disposition(part.header("Content-Disposition")));
      values.add(nstring(part.header("Content-Language")));
      values.add(ImapValue.NIL);
    }
    return ImapValue.list(values);
  }

  private static ImapValue disposition(String header) {
    if (header == null) {
      return ImapValue.NIL;
    }
    String[] pieces = header.split(";");
    Map<String, String> parameters = MimeParameters.parse(pieces);
    return ImapValue.list(
        ImapValue.str(pieces[0].trim().toUpperCase(Locale.ROOT)), parameters(parameters));
  }

  private static ImapValue parameters(Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return ImapValue.NIL;
    }
    List<ImapValue> values = new ArrayList<>();
    parameters.forEach(
        (k, v) -> {
          values.add(ImapValue.str(k.toUpperCase(Locale.ROOT)));
          values.add(ImapValue.str(v));
        });
    return ImapValue.list(values);
  }

  private static ImapValue nstring(String value) {
    return value == null ? ImapValue.NIL : ImapValue.str(value);
  }

  /** An address list as ((name adl mailbox host) ...), or NIL. */
  static ImapValue addresses(String header) {
    if (header == null || header.isBlank()) {
      return ImapValue.NIL;
    }
    List<ImapValue> list = new ArrayList<>();
    for (String address : split(header)) {
      String name = null;
      String spec = address.trim();
      int lt = spec.lastIndexOf('<');
      int gt = spec.lastIndexOf('>');
      if (lt >= 0 && gt > lt) {
        name = spec.substring(0, lt).trim();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
          name = name.substring(1, name.length() - 1).replace("\\\"", "\"");
        }
        name = name.isEmpty() ? null : name;
        spec = spec.substring(lt + 1, gt).trim();
      }
      if (spec.isEmpty()) {
        continue;
      }
      int at = spec.lastIndexOf('@');
      String mailbox = at < 0 ? spec : spec.substring(0, at);
      String host = at < 0 ? null : spec.substring(at + 1);
      list.add(ImapValue.list(nstring(name), ImapValue.NIL, ImapValue.str(mailbox), nstring(host)));
    }
    return list.isEmpty() ? ImapValue.NIL : ImapValue.list(list);
  }

  private static List<String> split(String header) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '<') {
        angle++;
      } else if (!quoted && c == '>') {
        angle--;
      } else if (!quoted && angle == 0 && (c == ',' || c == ';')) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      } else if (!quoted && angle == 0 && c == ':') {
        current.setLength(0); // group name: its members follow
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }
}
