package org.jadepost.web.webmail.read;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.entity.MessagePart;

/**
 * Attachments ({@code /webmail/part?f=&u=&p=<index>}, always a download) and inline images ({@code
 * /webmail/cid?f=&u=&cid=<Content-ID>}, shown only when they are images), honouring a single HTTP
 * Range (RFC 9110 §14) so large downloads resume. Parts are served sandboxed and unsniffed: an
 * "image" that is HTML still runs nothing.
 */
@WebServlet({"/webmail/part", "/webmail/cid"})
public class PartServlet extends MessageServlet {

  private static final long serialVersionUID = 1L;

  @Override
  void serve(
      Actor actor, MessageAddress message, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean inline = request.getServletPath().endsWith("/cid");
    Optional<MessagePart> part =
        inline ? inline(actor, message, request) : part(actor, message, request);
    if (part.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    MessagePart found = part.get();
    boolean image = inline && found.contentType().startsWith("image/");
    response.setContentType(image ? found.contentType() : "application/octet-stream");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    String name = URLEncoder.encode(found.name(), StandardCharsets.UTF_8).replace("+", "%20");
    response.setHeader(
        "Content-Disposition", (image ? "inline" : "attachment") + "; filename*=UTF-8''" + name);
    ByteRange.write(found.content(), request.getHeader("Range"), response);
  }

  private Optional<MessagePart> part(
      Actor actor, MessageAddress message, HttpServletRequest request) {
    try {
      int index = Integer.parseInt(request.getParameter("p"));
      return reader.part(actor, message.folderId(), message.uid(), index);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<MessagePart> inline(
      Actor actor, MessageAddress message, HttpServletRequest request) {
    String cid = request.getParameter("cid");
    return cid == null
        ? Optional.empty()
        : reader.inline(actor, message.folderId(), message.uid(), cid);
  }
}
