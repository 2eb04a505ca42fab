package org.jadepost.adapter.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The extensions a server announced in its EHLO reply (RFC 5321 §4.1.1.1): keyword to parameters.
 * Empty after HELO, which announces nothing.
 */
record EhloCapabilities(Map<String, String> keywords) {

  static final EhloCapabilities NONE = new EhloCapabilities(Map.of());

  /** Parses the reply lines after the first (the first is the greeting name). */
  static EhloCapabilities parse(List<String> lines) {
    Map<String, String> keywords = new TreeMap<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] parts = line.trim().split("\\s+", 2);
      if (!parts[0].isEmpty()) {
        keywords.put(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
      }
    }
    return new EhloCapabilities(Map.copyOf(keywords));
  }

  boolean has(String keyword) {
    return keywords.containsKey(keyword);
  }

  /** The SIZE limit (RFC 1870 §4); empty when not announced or 0 (no fixed limit). */
  OptionalLong sizeLimit() {
    String value = keywords.get("SIZE");
    if (value == null || value.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      long limit = Long.parseLong(value.trim());
      return limit > 0 ? OptionalLong.of(limit) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
