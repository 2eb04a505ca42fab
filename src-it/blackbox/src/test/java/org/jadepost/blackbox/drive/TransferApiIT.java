package org.jadepost.blackbox.drive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.Database;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transfer station (D5) over its REST API with a plain HTTP client: a file sent in chunks, a
 * chunk past a gap refused with the offset to resume from, range and share-link downloads that give
 * the same bytes, limits explained in English and Chinese, nothing of another user's, and the share
 * link gone (410) once the file expired and the TransferPurgeJob removed it.
 */
@ExtendWith(SharedJadepost.class)
class TransferApiIT {

  private static final int MB = 1 << 20;

  private JadepostProcess server;
  private String domain;
  private String alice;
  private TransferClient own;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    domain = provisioning.createDomain("transfer");
    alice = provisioning.createUser(domain, "alice", "Alice");
    own = TransferClient.as(server.baseUri(), alice, Provisioning.PASSWORD);
  }

  @Test
  void chunksShouldMakeTheFileAndAGapShouldBeRefusedWithTheOffsetToResumeFrom() {
    byte[] file = random(3 * MB + 123);
    long id = created(own.announce("报价单 v2.pdf", file.length));

    assertThat(own.chunk(id, file, 0, MB).statusCode()).isEqualTo(200);
    HttpResponse<String> gap = own.chunk(id, file, 2 * MB, 3 * MB);
    assertThat(gap.statusCode()).as(gap.body()).isEqualTo(409);
    assertThat(json(gap.body()).getJsonNumber("offset").longValue()).isEqualTo(MB);
    assertThat(json(gap.body()).getString("message")).contains(String.valueOf(MB));
    HttpResponse<String> head = own.head(id);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Upload-Offset")).hasValue(String.valueOf(MB));

    HttpResponse<String> resumed = own.chunk(id, file, MB, 2 * MB);
    assertThat(json(resumed.body()).getBoolean("complete")).isFalse();
    HttpResponse<String> last = own.chunk(id, file, 2 * MB, file.length);
    assertThat(json(last.body()).getBoolean("complete")).as(last.body()).isTrue();

    JsonObject listed = json(own.text("GET", TransferClient.FILES).body(), 0);
    assertThat(listed.getString("name")).isEqualTo("报价单 v2.pdf");
    assertThat(listed.getJsonNumber("received").longValue()).isEqualTo(file.length);
    assertThat(Instant.parse(listed.getString("expiresAt")))
        .isBetween(
            Instant.now().plus(Duration.ofDays(15)).minusSeconds(600),
            Instant.now().plus(Duration.ofDays(15)));
    String content = TransferClient.FILES + "/" + id + "/content";
    assertThat(TransferClient.sha256(own.bytes(content, null).body()))
        .isEqualTo(TransferClient.sha256(file));
    HttpResponse<byte[]> range = own.bytes(content, "bytes=100-199");
    assertThat(range.statusCode()).isEqualTo(206);
    assertThat(range.body()).isEqualTo(Arrays.copyOfRange(file, 100, 200));

    String link = "/transfer/" + listed.getString("token");
    HttpResponse<byte[]> shared = TransferClient.anonymous(server.baseUri()).bytes(link, null);
    assertThat(shared.statusCode()).isEqualTo(200);
    assertThat(TransferClient.sha256(shared.body())).isEqualTo(TransferClient.sha256(file));
    assertThat(
            TransferClient.anonymous(server.baseUri())
                .bytes("/transfer/nosuchtoken0123456789x", null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void limitsShouldBeRefusedWithAClearMessageInEnglishAndChinese() {
    HttpResponse<String> tooLarge = own.announce("huge.iso", (4L << 30) + 1);
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(json(tooLarge.body()).getString("error")).isEqualTo("transfer.file.too.large");
    assertThat(json(tooLarge.body()).getString("message")).contains("at most 4 GB");
    HttpResponse<String> chinese = own.speaking("zh-CN").announce("huge.iso", (4L << 30) + 1);
    assertThat(json(chinese.body()).getString("message")).contains("单个文件最大 4 GB");

    for (int i = 0; i < 5; i++) {
      assertThat(own.announce("part" + i + ".bin", 4L << 30).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> full = own.speaking("zh").announce("one-more.bin", 1);
    assertThat(json(full.body()).getString("error")).isEqualTo("transfer.limit.space");
    assertThat(json(full.body()).getString("message")).contains("最多存放 20 GB");

    TransferClient bob =
        TransferClient.as(
            server.baseUri(),
            new Provisioning(server).createUser(domain, "bob", "Bob"),
            Provisioning.PASSWORD);
    for (int i = 0; i < 40; i++) {
      assertThat(bob.announce("note" + i + ".txt", 0).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> many = bob.announce("note40.txt", 0);
    assertThat(json(many.body()).getString("error")).isEqualTo("transfer.limit.files");
    assertThat(json(many.body()).getString("message")).contains("at most 40 files");
  }

  @Test
  void anotherUsersFileShouldNotBeFoundWhateverTheMethod() {
    byte[] file = random(1000);
    long id = created(own.announce("secret.txt", file.length));
    String otherDomain = new Provisioning(server).createDomain("transfer-other");
    for (String intruder :
        new String[] {
          new Provisioning(server).createUser(domain, "eve", "Eve"),
          new Provisioning(server).createUser(otherDomain, "mallory", "Mallory")
        }) {
      TransferClient other = TransferClient.as(server.baseUri(), intruder, Provisioning.PASSWORD);
      assertThat(other.chunk(id, file, 0, file.length).statusCode()).isEqualTo(404);
      assertThat(other.head(id).statusCode()).isEqualTo(404);
      assertThat(other.text("GET", TransferClient.FILES + "/" + id).statusCode()).isEqualTo(404);
      assertThat(other.text("DELETE", TransferClient.FILES + "/" + id).statusCode()).isEqualTo(404);
      assertThat(other.text("GET", TransferClient.FILES).body()).isEqualTo("[]");
    }
    assertThat(own.chunk(id, file, 0, file.length).statusCode()).isEqualTo(200);
    assertThat(
            TransferClient.anonymous(server.baseUri())
                .text("GET", TransferClient.FILES)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void expiredFileShouldBeGoneFromItsLinkAndRemovedByThePurgeJob() throws InterruptedException {
    byte[] file = random(5000);
    long id = created(own.announce("old.zip", file.length));
    own.chunk(id, file, 0, file.length);
    String token = json(own.text("GET", TransferClient.FILES + "/" + id).body()).getString("token");
    if (!(server.database() instanceof Database.PostgreSql postgreSql)) {
      return; // Only PostgreSQL can be reached from outside the running server to age a file.
    }
    assertThat(
            postgreSql.update(
                "UPDATE transfer_file SET expires_at = expires_at - INTERVAL '16 days' WHERE id = "
                    + id))
        .isOne();
    assertThat(storedFiles(id)).as("bytes on disk").isOne();
    HttpResponse<String> gone =
        TransferClient.anonymous(server.baseUri()).text("GET", "/transfer/" + token);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("has expired").contains("已过期");

    ApiClient admin = new Provisioning(server).admin();
    ApiResponse started = admin.postWithoutBody("/api/v1/jobs/transfer-purge");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    long execution = started.json().getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plusSeconds(60);
    JsonObject status;
    do {
      Thread.sleep(200);
      status = admin.get("/api/v1/jobs/deleted-mail-purge/" + execution).json();
    } while (status.getString("status").startsWith("START") && Instant.now().isBefore(deadline));
    assertThat(status.getString("status")).isEqualTo("COMPLETED");
    assertThat(Integer.parseInt(status.getString("exitStatus"))).isPositive();
    assertThat(own.text("GET", TransferClient.FILES + "/" + id).statusCode()).isEqualTo(404);
    assertThat(storedFiles(id)).as("bytes on disk").isZero();
    assertThat(
            TransferClient.anonymous(server.baseUri())
                .text("GET", "/transfer/" + token)
                .statusCode())
        .isEqualTo(404);
  }

  private long storedFiles(long id) {
    try (Stream<Path> files = Files.walk(server.home().resolve("transfer"))) {
      return files.filter(f -> f.getFileName().toString().equals(Long.toString(id))).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response.body()).getJsonNumber("id").longValue();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonObject json(String body, int index) {
    JsonArray array = Json.createReader(new StringReader(body)).readArray();
    return array.getJsonObject(index);
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
