package org.jadepost.mailbox.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jadepost.platform.entity.InvalidRequestException;

/** The allowed values of webmail settings (FEATURES L1, L2). Pure rules, no persistence. */
public final class PreferenceRules {

  /** The page sizes offered. */
  public static final Set<Integer> PAGE_SIZES = Set.of(10, 20, 50, 100);

  /** The fonts offered. */
  public static final Set<String> FONTS = Set.of("DEFAULT", "SONG", "HEI", "KAI", "SANS", "SERIF");

  public static final int MIN_FONT_SIZE = 12;
  public static final int MAX_FONT_SIZE = 20;

  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s<>()\",;:]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z0-9-]{2,63}");

  private PreferenceRules() {}

  /** {@code size} if offered; else {@code settings.pagesize.invalid}. */
  public static int pageSize(int size) {
    require(PAGE_SIZES.contains(size), "settings.pagesize.invalid", size);
    return size;
  }

  /** {@code zh}, {@code en} or empty (the browser's); else {@code settings.language.invalid}. */
  public static String language(String language) {
    String code = language.strip().toLowerCase(Locale.ROOT);
    require(Set.of("", "zh", "en").contains(code), "settings.language.invalid", language);
    return code;
  }

  /** A font offered; else {@code settings.font.invalid}. */
  public static String font(String font) {
    String name = font.strip().toUpperCase(Locale.ROOT);
    require(FONTS.contains(name), "settings.font.invalid", font);
    return name;
  }

  /** A size from 12 to 20; else {@code settings.fontsize.invalid}. */
  public static int fontSize(int size) {
    require(size >= MIN_FONT_SIZE && size <= MAX_FONT_SIZE, "settings.fontsize.invalid", size);
    return size;
  }

  /** EN or ZH; else {@code settings.prefix.invalid}. */
  public static String prefixStyle(String style) {
    String code = style.strip().toUpperCase(Locale.ROOT);
    require(Set.of("EN", "ZH").contains(code), "settings.prefix.invalid", style);
    return code;
  }

  /** An address or empty (none); else {@code settings.replyto.invalid}. */
  public static String replyTo(String address) {
    String typed = address.strip();
    require(typed.isEmpty() || ADDRESS.matcher(typed).matches(), "settings.replyto.invalid", typed);
    return typed;
  }

  private static void require(boolean ok, String code, Object value) {
    if (!ok) {
      throw new InvalidRequestException(
          code, "Setting not allowed: " + value, String.valueOf(value));
    }
  }
}
