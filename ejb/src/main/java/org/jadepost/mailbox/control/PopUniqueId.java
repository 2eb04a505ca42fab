package org.jadepost.mailbox.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;

/**
 * The POP3 unique id of an Inbox message (RFC 1939 §7, UIDL): {@code <UIDVALIDITY>.<UID>}. UIDs are
 * never reused in a folder and UIDVALIDITY changes only if the folder is recreated, so the id stays
 * the same in every session and across restarts, and never names another message; it is not the
 * message number, which changes as mail is deleted.
 *
 * @param uidValidity the folder's UIDVALIDITY
 * @param uid the message's UID
 */
public record PopUniqueId(long uidValidity, long uid) {

  private static final Pattern FORM = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,18})");

  /** The id of {@code message} in {@code folder}. */
  public static PopUniqueId of(MailFolder folder, MailMessage message) {
    return new PopUniqueId(folder.getUidValidity(), message.getUid());
  }

  /** Parses an id a POP3 session got earlier; empty when it is not one. */
  public static Optional<PopUniqueId> parse(String text) {
    Matcher matcher = FORM.matcher(text == null ? "" : text);
    return matcher.matches()
        ? Optional.of(
            new PopUniqueId(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))))
        : Optional.empty();
  }

  /** Whether the id was issued for {@code folder} as it is now. */
  public boolean belongsTo(MailFolder folder) {
    return folder.getUidValidity() == uidValidity;
  }

  @Override
  public String toString() {
    return uidValidity + "." + uid;
  }
}
