package org.jadepost.web.webmail.transfer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jadepost.drive.boundary.TransferService;
import org.jadepost.web.webmail.read.ByteRange;

/**
 * The share link of a transfer-station file, {@code /transfer/<token>}: anyone holding the random
 * token downloads the file (HTTP Range honoured) until it expires; then 410 Gone. Refusals are
 * written in English and Chinese at once, since the visitor may be anyone.
 */
@WebServlet("/transfer/*")
public class SharedFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "org.jadepost.web.messages";

  @Inject TransferService transfer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<TransferService.Shared> shared = transfer.shared(token);
    if (shared.isEmpty()) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, "webmail.transfer.link.unknown");
      return;
    }
    if (!Instant.now().isBefore(shared.get().info().expiresAt())) {
      refuse(response, HttpServletResponse.SC_GONE, "webmail.transfer.link.expired");
      return;
    }
    response.setContentType("application/octet-stream");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    String name =
        URLEncoder.encode(shared.get().info().name(), StandardCharsets.UTF_8).replace("+", "%20");
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
    ByteRange.write(shared.get().path(), request.getHeader("Range"), response);
  }

  private static void refuse(HttpServletResponse response, int status, String key)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(text(key, Locale.ROOT) + "\n" + text(key, Locale.SIMPLIFIED_CHINESE) + "\n");
  }

  private static String text(String key, Locale locale) {
    return ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(key);
  }
}
