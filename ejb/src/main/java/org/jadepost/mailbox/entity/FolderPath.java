package org.jadepost.mailbox.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * A folder's full name as the store and IMAP spell it: levels separated by {@code /} ({@link
 * MailFolder#DELIMITER}), the Inbox always {@code INBOX} whatever case the client used (RFC 3501
 * §5.1). Pure rules, no persistence.
 */
public record FolderPath(String value) {

  /** The longest level name and full name the store keeps. */
  public static final int MAX_LEVEL = 200;

  public static final int MAX_PATH = 1024;

  /**
   * The canonical path of {@code name}: INBOX and {@code INBOX/...} in upper case, one trailing
   * delimiter dropped (RFC 3501 §6.3.3 allows it on CREATE).
   *
   * @throws InvalidRequestException {@code folder.name.invalid} for an empty level, a wildcard or
   *     control character, or a name too long
   */
  public static FolderPath of(String name) {
    String path = name == null ? "" : name;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String[] levels = path.split("/", -1);
    if (levels[0].equalsIgnoreCase("INBOX")) {
      levels[0] = "INBOX";
    }
    for (String level : levels) {
      check(level, name);
    }
    String canonical = String.join("/", levels);
    if (canonical.length() > MAX_PATH) {
      throw invalid(name);
    }
    return new FolderPath(canonical);
  }

  private static void check(String level, String name) {
    boolean bad = level.isEmpty() || level.length() > MAX_LEVEL || !level.strip().equals(level);
    for (int i = 0; !bad && i < level.length(); i++) {
      char c = level.charAt(i);
      bad = c < 0x20 || c == 0x7f || c == '*' || c == '%';
    }
    if (bad) {
      throw invalid(name);
    }
  }

  private static InvalidRequestException invalid(String name) {
    return new InvalidRequestException(
        "folder.name.invalid", "Not a valid folder name: " + name, String.valueOf(name));
  }

  /** The levels, outermost first. */
  public List<String> levels() {
    return Arrays.asList(value.split("/"));
  }

  /** The last level. */
  public String leaf() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  /** The parent's path, if this is not a top-level name. */
  public Optional<FolderPath> parent() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(new FolderPath(value.substring(0, slash)));
  }

  /** Whether this is {@code other} or lies below it. */
  public boolean within(FolderPath other) {
    return value.equals(other.value) || value.startsWith(other.value + "/");
  }

  /** Whether this is the Inbox. */
  public boolean inbox() {
    return value.toUpperCase(Locale.ROOT).equals("INBOX");
  }

  @Override
  public String toString() {
    return value;
  }
}
