package org.jadepost.mailbox.entity;

/**
 * A user's webmail settings (FEATURES L1, L2) as read and changed; in a change, null values stay as
 * they are.
 *
 * @param pageSize messages per list page: 10, 20 (default), 50 or 100
 * @param language {@code zh}, {@code en}, or empty for the browser's language
 * @param fontFamily DEFAULT, SONG, HEI, KAI, SANS or SERIF
 * @param fontSize 12 to 20 pixels, 14 by default
 * @param quoteOriginal whether a reply quotes the original
 * @param prefixStyle EN for Re:/Fw:, ZH for 回复:/转发:
 * @param replyTo the Reply-To address of mail the user writes, or empty for none
 * @param showQuickCompose whether the list shows the quick-compose button
 * @param showSizeColumn whether the list shows a size column
 */
public record WebmailPreferences(
    Integer pageSize,
    String language,
    String fontFamily,
    Integer fontSize,
    Boolean quoteOriginal,
    String prefixStyle,
    String replyTo,
    Boolean showQuickCompose,
    Boolean showSizeColumn) {

  /** The settings of a user who never changed any. */
  public static final WebmailPreferences DEFAULTS =
      new WebmailPreferences(20, "", "DEFAULT", 14, true, "EN", "", true, true);

  /** The reply prefix, {@code Re:} or {@code 回复:}. */
  public String replyPrefix() {
    return "ZH".equals(prefixStyle) ? "回复:" : "Re:";
  }

  /** The forward prefix, {@code Fw:} or {@code 转发:}. */
  public String forwardPrefix() {
    return "ZH".equals(prefixStyle) ? "转发:" : "Fw:";
  }
}
