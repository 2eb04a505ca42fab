package org.jadepost.mailbox.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IMAP keywords (user flags such as {@code $Forwarded}, RFC 3501 §2.3.2) as the store keeps them:
 * one space-separated column, compared without regard to case as RFC 3501 asks of flag names.
 */
public final class Keywords {

  /** The longest stored list; keywords past it are not kept. */
  public static final int MAX_LENGTH = 1000;

  private Keywords() {}

  /** The keywords in {@code stored}, in order, none twice. */
  public static List<String> parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(List.of(stored.trim().split(" +"))));
  }

  /** The column value for {@code keywords}, or null when there are none. */
  public static String format(Collection<String> keywords) {
    StringBuilder out = new StringBuilder();
    for (String keyword : keywords) {
      if (out.length() + keyword.length() + 1 > MAX_LENGTH) {
        break;
      }
      out.append(out.length() == 0 ? "" : " ").append(keyword);
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** {@code current} with {@code added} added, ignoring case for what is already there. */
  public static List<String> add(List<String> current, Collection<String> added) {
    List<String> result = new ArrayList<>(current);
    Set<String> lower = lowerCase(current);
    for (String keyword : added) {
      if (lower.add(keyword.toLowerCase(Locale.ROOT))) {
        result.add(keyword);
      }
    }
    return result;
  }

  /** {@code current} without {@code removed}, ignoring case. */
  public static List<String> remove(List<String> current, Collection<String> removed) {
    Set<String> lower = lowerCase(removed);
    return current.stream().filter(k -> !lower.contains(k.toLowerCase(Locale.ROOT))).toList();
  }

  /** Whether {@code keywords} contains {@code keyword}, ignoring case. */
  public static boolean contains(Collection<String> keywords, String keyword) {
    return keywords.stream().anyMatch(k -> k.equalsIgnoreCase(keyword));
  }

  private static Set<String> lowerCase(Collection<String> keywords) {
    Set<String> lower = new LinkedHashSet<>();
    keywords.forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
    return lower;
  }
}
