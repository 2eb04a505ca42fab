package org.jadepost.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The user's interface language for this session: the browser's language (Chinese or English) until
 * the user picks one with the switch.
 */
@Named
@SessionScoped
public class UserPreferences implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale;

  /** The locale every view renders in. */
  public Locale getLocale() {
    if (locale == null) {
      locale =
          fromBrowser(FacesContext.getCurrentInstance().getExternalContext().getRequestLocales());
    }
    return locale;
  }

  /** The language code shown in the switch, {@code zh} or {@code en}. */
  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Switches the language; anything but {@code zh} means English. */
  public void setLanguage(String language) {
    locale = "zh".equals(language) ? CHINESE : Locale.ENGLISH;
  }

  /** Switches to {@code language} and re-renders the current page. */
  public String switchTo(String language) {
    setLanguage(language);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  static Locale fromBrowser(java.util.Iterator<Locale> preferred) {
    while (preferred.hasNext()) {
      String language = preferred.next().getLanguage();
      if ("zh".equals(language)) {
        return CHINESE;
      }
      if ("en".equals(language)) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
