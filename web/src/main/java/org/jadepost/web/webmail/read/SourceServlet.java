package org.jadepost.web.webmail.read;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jadepost.account.entity.Actor;

/** "View source": the raw RFC 5322 bytes of a message as plain text, never interpreted. */
@WebServlet("/webmail/source")
public class SourceServlet extends MessageServlet {

  private static final long serialVersionUID = 1L;

  @Override
  void serve(
      Actor actor, MessageAddress message, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] raw = reader.raw(actor, message.folderId(), message.uid());
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setContentLength(raw.length);
    response.getOutputStream().write(raw);
  }
}
