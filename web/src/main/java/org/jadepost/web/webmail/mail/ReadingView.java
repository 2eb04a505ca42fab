package org.jadepost.web.webmail.mail;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Actor;
import org.jadepost.delivery.boundary.ReadReceiptService;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.boundary.TagService;
import org.jadepost.mailbox.entity.ReadMessage;
import org.jadepost.mailbox.entity.TagSummary;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.faces.UserPreferences;
import org.jadepost.web.webmail.folders.UnlockedFolders;
import org.jadepost.web.webmail.read.SafeHtml;
import org.omnifaces.cdi.ViewScoped;

/**
 * The reading pane of the main mail screen: the open message's headers, the sender's local time
 * beside ours when the zones differ (D2), attachments, the sandboxed HTML body frame with its "show
 * remote images" bar, and the links to print and view the source. Opening marks the message read
 * through the store, so IMAP clients see it read too. The tags it carries show as chips (D7). A
 * message of a password-protected folder not unlocked this session (N1) does not open.
 */
@Model
@ViewScoped
public class ReadingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailReader reader;
  @Inject ReadReceiptService receipts;
  @Inject Actor actor;
  @Inject UserPreferences preferences;
  @Inject UnlockedFolders unlocked;
  @Inject TagService tagService;

  private ReadMessage message;
  private boolean remoteImages;
  private int blockedImages;
  private List<TagSummary> tags = List.of();

  /** Opens the message of list row {@code row}, with the chips of the tags it carries. */
  public void open(MailRow row) {
    open(row.getFolderId(), row.getUid());
    tags =
        message == null || row.getKeywords().isEmpty()
            ? List.of()
            : tagService.tagsOf(actor, row.getKeywords());
  }

  /** Opens message {@code uid} of folder {@code folderId}. */
  public void open(long folderId, long uid) {
    tags = List.of();
    try {
      if (!unlocked.mayOpen(actor, folderId)) {
        message = null;
        Messages.error("webmail.mail.locked");
        return;
      }
      message = reader.open(actor, folderId, uid);
      remoteImages = message.senderTrusted();
      blockedImages =
          message.isHtml()
              ? SafeHtml.of(message.html(), cid -> Optional.empty(), false).blockedImages()
              : 0;
    } catch (BusinessException e) {
      message = null;
      Messages.error(e);
    }
  }

  /** Closes the pane (another folder opened, the message moved away). */
  public void close() {
    message = null;
  }

  /** "Show remote images" for this message. */
  public void showRemoteImages() {
    remoteImages = true;
  }

  /** "Always show remote images from this sender": remembered in the mailbox. */
  public void trustSender() {
    try {
      message = reader.trustSender(actor, message.folderId(), message.uid());
      remoteImages = true;
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Sends the read receipt the open message asks for (C5). */
  public void sendReceipt() {
    answerReceipt(true);
  }

  /** Declines the read receipt the open message asks for. */
  public void declineReceipt() {
    answerReceipt(false);
  }

  private void answerReceipt(boolean send) {
    try {
      if (send) {
        receipts.send(actor, message.folderId(), message.uid());
        Messages.info("webmail.read.receipt.sent", message.receiptTo());
      } else {
        receipts.decline(actor, message.folderId(), message.uid());
      }
      message = message.withoutReceipt();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The URL of the body frame, relative to the mail screen. */
  public String getBodyUrl() {
    return address("body") + (remoteImages ? "&remote=1" : "");
  }

  /** The URL of the raw source. */
  public String getSourceUrl() {
    return address("source");
  }

  /** The download URL of part {@code index}. */
  public String partUrl(int index) {
    return address("part") + "&p=" + index;
  }

  /** Whether the remote images bar shows: some were blocked and the reader has not allowed them. */
  public boolean isRemoteBlocked() {
    return message != null && blockedImages > 0 && !remoteImages;
  }

  /** When the mail was sent, in our zone. */
  public String getSentHere() {
    if (message == null || message.sent() == null) {
      return "";
    }
    return formatter().format(message.sent().atZoneSameInstant(MailFormat.ZONE));
  }

  /**
   * When the mail was sent in the sender's own time and offset (D2), or empty when he is in our
   * zone's offset at that instant or the Date header was missing.
   */
  public String getSentThere() {
    if (message == null || message.sent() == null) {
      return "";
    }
    OffsetDateTime sent = message.sent();
    if (MailFormat.ZONE.getRules().getOffset(sent.toInstant()).equals(sent.getOffset())) {
      return "";
    }
    String offset = sent.getOffset().getId().equals("Z") ? "+00:00" : sent.getOffset().getId();
    return Messages.text("webmail.read.sender.time", formatter().format(sent), "UTC" + offset);
  }

  private DateTimeFormatter formatter() {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(preferences.getLocale());
  }

  private String address(String servlet) {
    return servlet + "?f=" + message.folderId() + "&u=" + message.uid();
  }

  /** The user's tags the open message carries. */
  public List<TagSummary> getTags() {
    return tags;
  }

  public ReadMessage getMessage() {
    return message;
  }
}
