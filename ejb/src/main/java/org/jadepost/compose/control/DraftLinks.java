package org.jadepost.compose.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.compose.entity.OutgoingAttachment.TransferLink;

/**
 * The transfer-station links of a draft (C3). A draft has no "large files" block yet (it is added
 * when the mail leaves), so the links are kept as {@value #HEADER} headers, {@code <file id> <share
 * URL>}, and a reopened draft gets them back.
 */
public final class DraftLinks {

  /** The header naming one link. */
  public static final String HEADER = "X-Jadepost-Transfer";

  /**
   * A link as a draft remembers it.
   *
   * @param fileId the transfer-station file
   * @param url its share link
   */
  public record Saved(long fileId, String url) {}

  private DraftLinks() {}

  /** Adds a header for each link among {@code attachments} to {@code message}. */
  static void write(MimeMessage message, List<OutgoingAttachment> attachments)
      throws MessagingException {
    for (OutgoingAttachment a : attachments) {
      if (a.source() instanceof TransferLink link) {
        message.addHeader(HEADER, link.fileId() + " " + link.url());
      }
    }
  }

  /** The links named in {@code headers}, in order; malformed ones are left out. */
  public static List<Saved> read(InternetHeaders headers) {
    String[] values = headers.getHeader(HEADER);
    List<Saved> out = new ArrayList<>();
    if (values != null) {
      for (String value : values) {
        parse(value).ifPresent(out::add);
      }
    }
    return out;
  }

  static Optional<Saved> parse(String value) {
    String[] words = value.strip().split("\\s+");
    if (words.length != 2 || !words[1].startsWith("http")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Saved(Long.parseLong(words[0]), words[1]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
