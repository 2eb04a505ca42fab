package org.jadepost.web.rest.drive;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.drive.boundary.TransferService;
import org.jadepost.drive.entity.ChunkResult;
import org.jadepost.drive.entity.TransferInfo;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.LocalizedError;
import org.jadepost.web.rest.platform.SessionAllowed;
import org.jadepost.web.rest.platform.UsersAllowed;
import org.jadepost.web.webmail.read.ByteRange;

/**
 * The transfer station (D5): announce a file, send its bytes in chunks with {@code Content-Range}
 * (a chunk that does not follow on gets 409 and the received length), ask how much arrived with
 * {@code HEAD} to resume, then list, download (HTTP Range) and delete. Errors carry a message in
 * the caller's language.
 */
@Path("v1/transfer/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfer station")
@UsersAllowed
@SessionAllowed
public class TransferFilesResource {

  /** The header telling how many bytes of a file have arrived (as in the tus protocol). */
  static final String OFFSET = "Upload-Offset";

  /** The largest refused chunk read away before answering 409. */
  private static final long DRAIN_LIMIT = 64L << 20;

  @Inject TransferService transfer;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
  String language;

  @GET
  @Operation(summary = "The caller's files with size, received bytes, expiry and share token")
  public List<TransferInfo> list() {
    return call(() -> transfer.list(ApiCaller.of(request)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Announce a file {name, size, contentType}; its bytes follow with PUT")
  @APIResponse(responseCode = "201", description = "Announced; the body has the id")
  @APIResponse(responseCode = "400", description = "Over 4 GB, over 40 files or over 20 GB")
  public Response create(TransferRequest body) {
    TransferRequest wanted = ApiCaller.required(body);
    long size = wanted.size() == null ? -1 : wanted.size();
    TransferInfo created =
        call(
            () ->
                transfer.create(ApiCaller.of(request), wanted.name(), wanted.contentType(), size));
    return Response.created(URI.create("v1/transfer/files/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's files")
  @APIResponse(responseCode = "404", description = "Not the caller's file")
  public TransferInfo get(@PathParam("id") long id) {
    return call(() -> transfer.get(ApiCaller.of(request), id));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove one of the caller's files")
  @APIResponse(responseCode = "204", description = "Removed")
  public void delete(@PathParam("id") long id) {
    call(
        () -> {
          transfer.delete(ApiCaller.of(request), id);
          return id;
        });
  }

  @HEAD
  @Path("{id}/content")
  @Operation(summary = "How many bytes have arrived, in the Upload-Offset header (to resume)")
  public Response received(@PathParam("id") long id) {
    TransferInfo info = call(() -> transfer.get(ApiCaller.of(request), id));
    return Response.ok()
        .header(OFFSET, info.received())
        .header("Upload-Length", info.size())
        .build();
  }

  @PUT
  @Path("{id}/content")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Append a chunk: Content-Range bytes first-last/size, first = the received length")
  @APIResponse(responseCode = "409", description = "Does not follow on; body has the offset")
  public Response append(
      @PathParam("id") long id,
      @HeaderParam("Content-Range") String contentRange,
      InputStream content) {
    TransferInfo info = call(() -> transfer.get(ApiCaller.of(request), id));
    long[] range = call(() -> ContentRange.parse(contentRange, info.size()));
    ChunkResult result =
        call(
            () ->
                transfer.append(ApiCaller.of(request), id, range[0], range[1] - range[0], content));
    Map<String, Object> body =
        Map.of("id", id, "received", result.received(), "complete", result.complete());
    if (!result.accepted()) {
      drain(content);
      return Response.status(409)
          .header(OFFSET, result.received())
          .entity(
              Map.of(
                  "status",
                  409,
                  "error",
                  "transfer.offset",
                  "message",
                  LocalizedError.text(
                      "error.transfer.offset",
                      LocalizedError.locale(language),
                      String.valueOf(result.received())),
                  "offset",
                  result.received()))
          .build();
    }
    return Response.ok(body).header(OFFSET, result.received()).build();
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a complete file; a single HTTP Range is honoured")
  public void download(@PathParam("id") long id) throws IOException {
    java.nio.file.Path file = call(() -> transfer.content(ApiCaller.of(request), id));
    TransferInfo info = call(() -> transfer.get(ApiCaller.of(request), id));
    response.setContentType("application/octet-stream");
    String name = URLEncoder.encode(info.name(), StandardCharsets.UTF_8).replace("+", "%20");
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
    ByteRange.write(file, request.getHeader("Range"), response);
  }

  /**
   * Reads away (without keeping) a refused chunk of reasonable size, so that clients that send the
   * whole body before reading the answer (no Expect: 100-continue) see the 409 rather than a reset
   * connection.
   */
  private static void drain(InputStream content) {
    try {
      long left = DRAIN_LIMIT;
      while (left > 0) {
        long skipped = content.skip(left);
        if (skipped <= 0 && content.read() < 0) {
          return;
        }
        left -= Math.max(skipped, 1);
      }
    } catch (IOException e) {
      // The client went away; the 409 is for the next attempt anyway.
    }
  }

  private <T> T call(Supplier<T> action) {
    return LocalizedError.call(language, action);
  }
}
