package org.jadepost.mailbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jadepost.account.entity.Account;

/** A user's stored webmail settings (FEATURES L1, L2); see {@link WebmailPreferences}. */
@Entity
@Table(name = "webmail_settings")
public class WebmailSettings {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "page_size", nullable = false)
  private int pageSize = 20;

  @Column(length = 8)
  private String language;

  @Column(name = "font_family", nullable = false, length = 16)
  private String fontFamily = "DEFAULT";

  @Column(name = "font_size", nullable = false)
  private int fontSize = 14;

  @Column(name = "quote_original", nullable = false)
  private boolean quoteOriginal = true;

  @Column(name = "prefix_style", nullable = false, length = 8)
  private String prefixStyle = "EN";

  @Column(name = "reply_to", length = 320)
  private String replyTo;

  @Column(name = "show_quick_compose", nullable = false)
  private boolean showQuickCompose = true;

  @Column(name = "show_size_column", nullable = false)
  private boolean showSizeColumn = true;

  @Version private int version;

  protected WebmailSettings() {}

  /** The defaults for {@code account}. */
  public WebmailSettings(Account account) {
    this.account = account;
  }

  /** Applies the non-null values of {@code changes}, checked by {@link PreferenceRules}. */
  public void apply(WebmailPreferences changes) {
    if (changes.pageSize() != null) {
      pageSize = PreferenceRules.pageSize(changes.pageSize());
    }
    if (changes.language() != null) {
      String code = PreferenceRules.language(changes.language());
      language = code.isEmpty() ? null : code;
    }
    if (changes.fontFamily() != null) {
      fontFamily = PreferenceRules.font(changes.fontFamily());
    }
    if (changes.fontSize() != null) {
      fontSize = PreferenceRules.fontSize(changes.fontSize());
    }
    if (changes.quoteOriginal() != null) {
      quoteOriginal = changes.quoteOriginal();
    }
    if (changes.prefixStyle() != null) {
      prefixStyle = PreferenceRules.prefixStyle(changes.prefixStyle());
    }
    if (changes.replyTo() != null) {
      String address = PreferenceRules.replyTo(changes.replyTo());
      replyTo = address.isEmpty() ? null : address;
    }
    if (changes.showQuickCompose() != null) {
      showQuickCompose = changes.showQuickCompose();
    }
    if (changes.showSizeColumn() != null) {
      showSizeColumn = changes.showSizeColumn();
    }
  }

  /** The settings as a read model. */
  public WebmailPreferences view() {
    return new WebmailPreferences(
        pageSize,
        language == null ? "" : language,
        fontFamily,
        fontSize,
        quoteOriginal,
        prefixStyle,
        replyTo == null ? "" : replyTo,
        showQuickCompose,
        showSizeColumn);
  }
}
