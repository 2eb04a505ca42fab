package org.jadepost.web.webmail.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MessageSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.faces.UserPreferences;
import org.jadepost.web.webmail.shell.ShellView;

/**
 * How the mail screen shows list values in the user's language: folder names (system folders
 * localized), senders, dates in our time zone, sizes, and the read and flagged markers.
 */
@Named
@RequestScoped
public class MailFormat {

  /** The zone "our" times are shown in: the server's, until users have a time zone setting. */
  static final ZoneId ZONE = ZoneId.systemDefault();

  @Inject UserPreferences preferences;

  /** The name a folder is shown under. */
  public String folder(FolderSummary folder) {
    return folder.specialUse() == null ? folder.name() : systemName(folder.specialUse());
  }

  /**
   * A folder where a list names its place among all folders: a system folder by its name in the
   * user's language, any other by its path.
   */
  public String place(FolderSummary folder) {
    return folder.specialUse() == null ? placeOf(folder.path()) : folder(folder);
  }

  /**
   * A folder path as {@link #place(FolderSummary)} shows it, for lists that keep only the path (the
   * deleted-mail list, tagged mail, unlock attempts): a system folder at its head is named in the
   * user's language, so "INBOX/客户" reads "收件箱/客户".
   */
  public String placeOf(String path) {
    if (path == null) {
      return "";
    }
    int slash = path.indexOf('/');
    String head = slash < 0 ? path : path.substring(0, slash);
    for (SpecialUse use : SpecialUse.values()) {
      if (use.path().equals(head)) {
        String name = systemName(use);
        return slash < 0 ? name : name + path.substring(slash);
      }
    }
    return path;
  }

  private static String systemName(SpecialUse use) {
    return Messages.text("webmail.folder." + ShellView.KEYS.get(use));
  }

  /** The CSS/bundle key of a folder: the system folder's key, or "custom". */
  public String key(FolderSummary folder) {
    return folder.specialUse() == null ? "custom" : ShellView.KEYS.get(folder.specialUse());
  }

  /** The sender's name, or his address when the mail gives no name. */
  public String sender(MessageSummary message) {
    String name = message.fromName();
    if (name != null && !name.isBlank()) {
      return name;
    }
    return message.fromAddress() == null ? "" : message.fromAddress();
  }

  /** {@code instant} in our zone, medium style, in the user's language. */
  public String date(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale())
        .format(instant.atZone(ZONE));
  }

  /** A size as B, KB or MB. */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 1023) / 1024 + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  public boolean unread(MessageSummary message) {
    return !message.flags().contains(Flag.SEEN);
  }

  public boolean flagged(MessageSummary message) {
    return message.flags().contains(Flag.FLAGGED);
  }

  private Locale locale() {
    return preferences.getLocale();
  }
}
