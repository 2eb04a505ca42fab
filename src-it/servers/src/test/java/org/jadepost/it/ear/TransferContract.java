package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.jadepost.it.server.DeployedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transfer station (D5) wherever {@code jadepost.ear} is deployed: a file announced and sent in
 * chunks over the REST API (one resumed after asking how much arrived) comes back byte-identical by
 * the API and by its share link without credentials; another tenant's user cannot see it; once
 * deleted, the share link no longer serves it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface TransferContract {

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  @Test
  default void transferFileShouldComeBackIdenticalByApiAndShareLinkUntilDeleted() throws Exception {
    AdminApi api = new AdminApi(server().endpoints());
    String alice = UserMail.create(api, "transfer", "alice").address("alice");
    String stranger = UserMail.create(api, "transfer-other", "alice").address("alice");
    byte[] file = new byte[3 * 1024 * 1024 + 123];
    new Random(42).nextBytes(file);
    int first = 1024 * 1024;
    int second = 2 * 1024 * 1024;

    HttpResponse<String> announced =
        api.postAs(
            alice,
            UserMail.PASSWORD,
            "api/v1/transfer/files",
            "{\"name\":\"样品 catalogue.bin\",\"size\":" + file.length + "}");
    assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
    long id = AdminApi.object(announced).getJsonNumber("id").longValue();
    String content = "api/v1/transfer/files/" + id + "/content";

    assertThat(chunk(api, alice, content, file, 0, first).statusCode()).isEqualTo(200);
    // The answer to the next chunk is "lost": the client sends the first one again, is told where
    // to go on, asks the server to be sure, and resumes there.
    HttpResponse<byte[]> again = chunk(api, alice, content, file, 0, first);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Upload-Offset")).hasValue(String.valueOf(first));
    HttpResponse<byte[]> offset =
        api.exchange(alice, UserMail.PASSWORD, "HEAD", content, Map.of(), null);
    assertThat(offset.statusCode()).isEqualTo(200);
    long resumeAt = Long.parseLong(offset.headers().firstValue("Upload-Offset").orElseThrow());
    assertThat(resumeAt).isEqualTo(first);
    assertThat(chunk(api, alice, content, file, (int) resumeAt, second).statusCode())
        .isEqualTo(200);
    HttpResponse<byte[]> last = chunk(api, alice, content, file, second, file.length);
    assertThat(last.statusCode()).isEqualTo(200);
    assertThat(json(last.body()).getBoolean("complete")).isTrue();

    HttpResponse<byte[]> downloaded =
        api.exchange(alice, UserMail.PASSWORD, "GET", content, Map.of(), null);
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(sha256(downloaded.body())).isEqualTo(sha256(file));
    String token =
        AdminApi.object(api.getAs(alice, UserMail.PASSWORD, "api/v1/transfer/files/" + id))
            .getString("token");
    HttpResponse<byte[]> shared =
        api.exchange(null, null, "GET", "transfer/" + token, Map.of(), null);
    assertThat(shared.statusCode()).isEqualTo(200);
    assertThat(sha256(shared.body())).isEqualTo(sha256(file));

    assertThat(api.getAs(stranger, UserMail.PASSWORD, "api/v1/transfer/files/" + id).statusCode())
        .isEqualTo(404);
    assertThat(
            api.exchange(stranger, UserMail.PASSWORD, "GET", content, Map.of(), null).statusCode())
        .isEqualTo(404);
    assertThat(
            api.deleteAs(stranger, UserMail.PASSWORD, "api/v1/transfer/files/" + id).statusCode())
        .isEqualTo(404);

    assertThat(api.deleteAs(alice, UserMail.PASSWORD, "api/v1/transfer/files/" + id).statusCode())
        .isEqualTo(204);
    assertThat(api.exchange(null, null, "GET", "transfer/" + token, Map.of(), null).statusCode())
        .isEqualTo(404);
    assertThat(api.getAs(alice, UserMail.PASSWORD, "api/v1/transfer/files/" + id).statusCode())
        .isEqualTo(404);
  }

  private static HttpResponse<byte[]> chunk(
      AdminApi api, String user, String content, byte[] file, int from, int to) throws Exception {
    return api.exchange(
        user,
        UserMail.PASSWORD,
        "PUT",
        content,
        Map.of(
            "Content-Type",
            "application/octet-stream",
            "Content-Range",
            "bytes " + from + "-" + (to - 1) + "/" + file.length),
        Arrays.copyOfRange(file, from, to));
  }

  private static JsonObject json(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
