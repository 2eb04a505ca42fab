package org.jadepost.mailbox.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * The rules of tags (FEATURES D7, manual: "最多只可以创建 20 个标签"): how many, which names and colours, and
 * which IMAP keyword a tag uses. Pure rules, no persistence.
 */
public final class TagRules {

  /** The most tags one user may have. */
  public static final int MAX_TAGS = 20;

  /** The longest tag name. */
  public static final int MAX_NAME = 40;

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  // RFC 3501 §9: atom-char excludes atom-specials: ( ) { SP CTL % * " \ ]
  private static final Pattern ATOM = Pattern.compile("[!#$&'+-\\[^-z|}~]+");

  private TagRules() {}

  /**
   * Refuses a new tag when the user already has {@code tags}.
   *
   * @throws InvalidRequestException {@code tag.limit.count} at the limit
   */
  public static void requireRoom(long tags) {
    if (tags >= MAX_TAGS) {
      throw new InvalidRequestException(
          "tag.limit.count", "A user has at most " + MAX_TAGS + " tags", String.valueOf(MAX_TAGS));
    }
  }

  /**
   * The name as it is kept: stripped, 1 to {@link #MAX_NAME} characters, no control characters.
   *
   * @throws InvalidRequestException {@code tag.name.invalid}
   */
  public static String name(String typed) {
    String name = typed == null ? "" : typed.strip();
    boolean bad = name.isEmpty() || name.length() > MAX_NAME;
    for (int i = 0; !bad && i < name.length(); i++) {
      bad = Character.isISOControl(name.charAt(i));
    }
    if (bad) {
      throw new InvalidRequestException(
          "tag.name.invalid", "Not a valid tag name: " + typed, String.valueOf(typed));
    }
    return name;
  }

  /**
   * The colour as it is kept, {@code #rrggbb} in lower case.
   *
   * @throws InvalidRequestException {@code tag.colour.invalid}
   */
  public static String colour(String typed) {
    String colour = typed == null ? "" : typed.strip();
    if (!colour.startsWith("#")) {
      colour = "#" + colour;
    }
    if (!COLOUR.matcher(colour).matches()) {
      throw new InvalidRequestException(
          "tag.colour.invalid", "Not a colour (#rrggbb): " + typed, String.valueOf(typed));
    }
    return colour.toLowerCase(Locale.ROOT);
  }

  /**
   * The IMAP keyword of tag {@code id} named {@code name}: the name itself when it is an atom that
   * is not a system flag, else {@code $Tag<id>} (Chinese names are no atoms).
   */
  public static String keyword(String name, long id) {
    boolean atom = ATOM.matcher(name).matches() && !name.startsWith("\\") && name.length() <= 60;
    return atom ? name : "$Tag" + id;
  }
}
