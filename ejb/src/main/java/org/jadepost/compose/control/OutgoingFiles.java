package org.jadepost.compose.control;

import jakarta.activation.DataSource;
import jakarta.activation.FileDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.boundary.WebmailSettingsService;
import org.jadepost.mailbox.entity.WebmailPreferences;
import org.jadepost.platform.entity.NotFoundException;

/**
 * Writes a message being composed as MIME, its files streamed from where they are: the upload
 * directory, a stored message's part or a whole stored message (forward as attachment).
 */
@ApplicationScoped
public class OutgoingFiles {

  private static final Logger LOG = Logger.getLogger(OutgoingFiles.class.getName());

  @Inject Uploads uploads;
  @Inject MailReader reader;
  @Inject WebmailSettingsService settings;

  /**
   * Writes {@code draft} of {@code account} to a new temporary file, which the caller deletes: as a
   * draft ({@code asDraft}: Bcc and large-file links kept as headers) or as it leaves (large-file
   * links as a block of the body).
   */
  public Path write(Actor actor, Account account, Draft draft, boolean asDraft) {
    Path file;
    try {
      file = Files.createTempFile("compose", ".eml");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not spool the message", e);
    }
    String domain = draft.from().substring(draft.from().lastIndexOf('@') + 1);
    WebmailPreferences preferences = settings.get(actor);
    // Transfer-station links become a block of the sent message, not MIME parts (C3).
    String html =
        asDraft
            ? draft.html()
            : LargeFiles.append(draft.html(), draft.attachments(), preferences.language());
    ComposedHtml.Body body = ComposedHtml.prepare(html, domain);
    MimeComposer.Envelope envelope =
        new MimeComposer.Envelope(
            account.getDisplayName(),
            "<" + UUID.randomUUID() + "@" + domain + ">",
            ZonedDateTime.now(),
            asDraft,
            preferences.replyTo());
    try (OutputStream out = Files.newOutputStream(file)) {
      MimeComposer.write(draft, body, attachments(actor, account, draft), envelope, out);
      return file;
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException("Could not write the message", e);
    }
  }

  private List<MimeComposer.File> attachments(Actor actor, Account account, Draft draft) {
    List<MimeComposer.File> out = new ArrayList<>();
    for (OutgoingAttachment a : draft.attachments()) {
      if (!LargeFiles.isLink(a)) {
        out.add(new MimeComposer.File(a.name(), a.contentType(), source(actor, account, a)));
      }
    }
    return out;
  }

  private DataSource source(Actor actor, Account account, OutgoingAttachment a) {
    if (a.source() instanceof OutgoingAttachment.UploadedFile u) {
      return uploads
          .file(account.getId(), u.id())
          .map(p -> typed(new FileDataSource(p.toFile()), a.contentType()))
          .orElseThrow(() -> gone(a));
    }
    if (a.source() instanceof OutgoingAttachment.StoredPart p) {
      return reader
          .part(actor, p.folderId(), p.uid(), p.index())
          .map(part -> bytes(part.content(), a.contentType()))
          .orElseThrow(() -> gone(a));
    }
    OutgoingAttachment.StoredMessage m = (OutgoingAttachment.StoredMessage) a.source();
    return bytes(reader.raw(actor, m.folderId(), m.uid()), "message/rfc822");
  }

  private static NotFoundException gone(OutgoingAttachment a) {
    return new NotFoundException(
        "compose.attachment.gone", "Attachment gone: " + a.name(), a.name());
  }

  private static DataSource bytes(byte[] content, String type) {
    return new ByteArrayDataSource(content, type);
  }

  private static DataSource typed(FileDataSource file, String type) {
    file.setFileTypeMap(
        new jakarta.activation.FileTypeMap() {
          @Override
          public String getContentType(java.io.File f) {
            return type;
          }

          @Override
          public String getContentType(String name) {
            return type;
          }
        });
    return file;
  }

  /** Deletes {@code file}, logging when it cannot. */
  public static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Could not remove " + file + ": " + e);
    }
  }
}
