package org.jadepost.web.webmail.settings;

import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.WebmailSettingsService;
import org.jadepost.mailbox.entity.PreferenceRules;
import org.jadepost.mailbox.entity.WebmailPreferences;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.faces.UserPreferences;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/settings.xhtml}: the user's basic (L1) and display (L2) settings in one
 * form. Saving a language also switches this session to it.
 */
@Model
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WebmailSettingsService settings;
  @Inject UserPreferences userPreferences;
  @Inject Actor actor;

  private int pageSize;
  private String language;
  private String fontFamily;
  private int fontSize;
  private boolean quoteOriginal;
  private String prefixStyle;
  private String replyTo;
  private boolean showQuickCompose;
  private boolean showSizeColumn;

  /** Loads the stored settings into the form (f:viewAction). */
  public void load() {
    WebmailPreferences stored = settings.get(actor);
    pageSize = stored.pageSize();
    language = stored.language();
    fontFamily = stored.fontFamily();
    fontSize = stored.fontSize();
    quoteOriginal = stored.quoteOriginal();
    prefixStyle = stored.prefixStyle();
    replyTo = stored.replyTo();
    showQuickCompose = stored.showQuickCompose();
    showSizeColumn = stored.showSizeColumn();
  }

  /** Saves the form; a chosen language applies at once (the page is shown again in it). */
  public String save() {
    try {
      WebmailPreferences saved =
          settings.update(
              actor,
              new WebmailPreferences(
                  pageSize,
                  language,
                  fontFamily,
                  fontSize,
                  quoteOriginal,
                  prefixStyle,
                  replyTo == null ? "" : replyTo,
                  showQuickCompose,
                  showSizeColumn));
      if (!saved.language().isEmpty()) {
        userPreferences.setLanguage(saved.language());
        // The message below is rendered after the redirect, but worded now: in the new language.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(userPreferences.getLocale());
      }
      Messages.info("webmail.org.settings.saved");
      return "/webmail/settings?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public List<Integer> getPageSizes() {
    return PreferenceRules.PAGE_SIZES.stream().sorted().toList();
  }

  public List<String> getFonts() {
    return List.of("DEFAULT", "SONG", "HEI", "KAI", "SANS", "SERIF");
  }

  public List<Integer> getFontSizes() {
    return IntStream.rangeClosed(PreferenceRules.MIN_FONT_SIZE, PreferenceRules.MAX_FONT_SIZE)
        .boxed()
        .toList();
  }

  public int getPageSize() {
    return pageSize;
  }

  public void setPageSize(int pageSize) {
    this.pageSize = pageSize;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getFontFamily() {
    return fontFamily;
  }

  public void setFontFamily(String fontFamily) {
    this.fontFamily = fontFamily;
  }

  public int getFontSize() {
    return fontSize;
  }

  public void setFontSize(int fontSize) {
    this.fontSize = fontSize;
  }

  public boolean isQuoteOriginal() {
    return quoteOriginal;
  }

  public void setQuoteOriginal(boolean quoteOriginal) {
    this.quoteOriginal = quoteOriginal;
  }

  public String getPrefixStyle() {
    return prefixStyle;
  }

  public void setPrefixStyle(String prefixStyle) {
    this.prefixStyle = prefixStyle;
  }

  public String getReplyTo() {
    return replyTo;
  }

  public void setReplyTo(String replyTo) {
    this.replyTo = replyTo;
  }

  public boolean isShowQuickCompose() {
    return showQuickCompose;
  }

  public void setShowQuickCompose(boolean showQuickCompose) {
    this.showQuickCompose = showQuickCompose;
  }

  public boolean isShowSizeColumn() {
    return showSizeColumn;
  }

  public void setShowSizeColumn(boolean showSizeColumn) {
    this.showSizeColumn = showSizeColumn;
  }
}
