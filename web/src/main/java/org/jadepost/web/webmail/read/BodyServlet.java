package org.jadepost.web.webmail.read;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.entity.MessagePart;
import org.jadepost.mailbox.entity.ReadMessage;

/**
 * The HTML body of a mail, sanitized ({@link SafeHtml}), as the document of the reading pane's
 * sandboxed iframe. Its Content-Security-Policy allows no script, no frame, no form, no font or
 * connection, only inline styles and images (inline ones as {@code data:}; remote ones only with
 * {@code remote=1}, the reader's "show remote images", or from a sender he trusts), and sandboxes
 * the document itself, so even opened on its own it runs nothing.
 */
@WebServlet("/webmail/body")
public class BodyServlet extends MessageServlet {

  private static final long serialVersionUID = 1L;

  private static final Set<String> INLINE_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:%s; form-action 'none';"
          + " base-uri 'none'; frame-ancestors 'self';"
          + " sandbox allow-popups allow-popups-to-escape-sandbox";

  @Override
  void serve(
      Actor actor, MessageAddress message, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ReadMessage read = reader.peek(actor, message.folderId(), message.uid());
    boolean remote = "1".equals(request.getParameter("remote")) || read.senderTrusted();
    String html = read.html();
    SafeHtml safe =
        SafeHtml.of(
            html,
            cid ->
                reader
                    .inline(actor, message.folderId(), message.uid(), cid)
                    .flatMap(BodyServlet::dataUrl),
            remote);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Security-Policy", CSP.formatted(remote ? " https: http:" : ""));
    byte[] page =
        ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><style>"
                + "body{font-family:sans-serif;margin:8px;word-wrap:break-word}img{max-width:100%}"
                + "</style></head><body>"
                + safe.html()
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  private static Optional<String> dataUrl(MessagePart part) {
    if (!INLINE_TYPES.contains(part.contentType())) {
      return Optional.empty();
    }
    return Optional.of(
        "data:"
            + part.contentType()
            + ";base64,"
            + Base64.getEncoder().encodeToString(part.content()));
  }
}
