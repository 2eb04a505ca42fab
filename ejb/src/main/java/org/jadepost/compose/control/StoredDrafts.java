package org.jadepost.compose.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.drive.boundary.TransferService;
import org.jadepost.drive.entity.TransferInfo;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.control.HeaderParser;
import org.jadepost.mailbox.entity.MessageAttachment;
import org.jadepost.mailbox.entity.MessagePart;
import org.jadepost.mailbox.entity.ReadMessage;

/**
 * Drafts as stored in the Drafts folder, read back for the compose screen exactly as they were
 * written: recipients with Bcc, thread headers, receipt request, files, pasted pictures and
 * large-file links.
 */
@ApplicationScoped
public class StoredDrafts {

  @Inject MailReader reader;
  @Inject TransferService transfer;

  /** Draft {@code uid} of {@code account}'s Drafts folder {@code draftsId}. */
  public Draft open(Actor actor, Account account, long draftsId, long uid) {
    ReadMessage stored = reader.peek(actor, draftsId, uid);
    InternetHeaders headers = headers(reader.raw(actor, draftsId, uid));
    String html =
        stored.html() != null
            ? withPictures(actor, draftsId, uid, stored)
            : PlainText.toHtml(stored.text());
    String from = Addresses.split(List.of(stored.from())).stream().findFirst().orElse("");
    return new Draft(
        uid,
        from.isEmpty() ? account.address() : Addresses.bare(from),
        Addresses.split(List.of(stored.to())),
        Addresses.split(List.of(stored.cc())),
        Addresses.split(List.of(decoded(headers.getHeader("Bcc", ",")))),
        stored.subject(),
        html,
        headers.getHeader("Disposition-Notification-To", null) != null,
        headers.getHeader("In-Reply-To", null),
        headers.getHeader("References", " "),
        withLinks(actor, filesOf(stored), headers));
  }

  // After a save the files live in the saved copy: point at its parts, in order.
  /**
   * {@code draft} as saved under {@code uid} in Drafts: its files now point at the saved copy's
   * parts, in order; its large-file links stay.
   */
  public Draft rebased(Actor actor, Draft draft, long draftsId, long uid) {
    ReadMessage saved = reader.peek(actor, draftsId, uid);
    List<OutgoingAttachment> files = filesOf(saved);
    draft.attachments().stream().filter(LargeFiles::isLink).forEach(files::add);
    return new Draft(
        uid,
        draft.from(),
        draft.to(),
        draft.cc(),
        draft.bcc(),
        draft.subject(),
        draft.html(),
        draft.receipt(),
        draft.inReplyTo(),
        draft.references(),
        files);
  }

  /** The files of {@code stored} (its parts but the inline pictures), in order, as its parts. */
  static List<OutgoingAttachment> filesOf(ReadMessage stored) {
    List<OutgoingAttachment> out = new ArrayList<>();
    for (MessageAttachment a : stored.attachments()) {
      if (!a.inline()) {
        out.add(
            new OutgoingAttachment(
                a.name(),
                a.contentType(),
                a.sizeBytes(),
                new OutgoingAttachment.StoredPart(stored.folderId(), stored.uid(), a.index())));
      }
    }
    return out;
  }

  // A link whose file is gone or expired is left out: nobody could download it.
  private List<OutgoingAttachment> withLinks(
      Actor actor, List<OutgoingAttachment> files, InternetHeaders headers) {
    List<DraftLinks.Saved> saved = DraftLinks.read(headers);
    if (saved.isEmpty()) {
      return files;
    }
    Instant now = Instant.now();
    Map<Long, TransferInfo> mine = new HashMap<>();
    transfer.list(actor).forEach(f -> mine.put(f.id(), f));
    for (DraftLinks.Saved link : saved) {
      TransferInfo file = mine.get(link.fileId());
      if (file != null && file.complete() && file.expiresAt().isAfter(now)) {
        files.add(
            new OutgoingAttachment(
                file.name(),
                file.contentType(),
                file.size(),
                new OutgoingAttachment.TransferLink(file.id(), link.url(), file.expiresAt())));
      }
    }
    return files;
  }

  // The editor cannot show cid: pictures; it gets them back as data: URLs.
  private String withPictures(Actor actor, long folderId, long uid, ReadMessage stored) {
    String html = ComposedHtml.sanitize(stored.html());
    for (MessageAttachment a : stored.attachments()) {
      if (a.inline() && a.contentId() != null) {
        MessagePart part = reader.inline(actor, folderId, uid, a.contentId()).orElse(null);
        if (part != null) {
          html =
              html.replace(
                  "cid:" + a.contentId(),
                  "data:"
                      + a.contentType()
                      + ";base64,"
                      + Base64.getEncoder().encodeToString(part.content()));
        }
      }
    }
    return html;
  }

  private static String decoded(String header) {
    if (header == null) {
      return "";
    }
    try {
      return jakarta.mail.internet.MimeUtility.decodeText(header);
    } catch (java.io.UnsupportedEncodingException e) {
      return header;
    }
  }

  /** The header section of {@code raw}. */
  public static InternetHeaders headers(byte[] raw) {
    try {
      return HeaderParser.read(new java.io.ByteArrayInputStream(raw));
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read the message headers", e);
    }
  }
}
