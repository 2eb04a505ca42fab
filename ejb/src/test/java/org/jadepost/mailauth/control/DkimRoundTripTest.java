package org.jadepost.mailauth.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import org.jadepost.mailauth.entity.DkimOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DkimRoundTripTest {

  private static final String MESSAGE =
      "From: Alice <alice@jadepost.test>\r\n"
          + "To: bob@example.org\r\n"
          + "Subject:   Hello   world\r\n"
          + "Date: Mon, 06 Jul 2026 10:00:00 +0800\r\n"
          + "Message-ID: <m1@jadepost.test>\r\n"
          + "MIME-Version: 1.0\r\n"
          + "Content-Type: text/plain; charset=UTF-8\r\n"
          + "X-Unsigned: yes\r\n"
          + "\r\n"
          + "你好 Bob,  \r\n"
          + "\r\n"
          + "see you\r\n\r\n\r\n";

  @TempDir Path dir;
  private final KeyPair keys = DkimKeys.newKeyPair();
  private final LoopbackDns dns;

  DkimRoundTripTest() throws IOException {
    dns = new LoopbackDns();
    dns.add("jp202607._domainkey.jadepost.test TXT " + txt(keys));
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  @Test
  void verifyShouldPassWhenMessageSignedBySigner() throws IOException {
    Path signed = signed(MESSAGE);

    assertThat(new DkimVerification(dns.lookup()).verify(signed))
        .containsExactly(new DkimOutcome("pass", "jadepost.test", "jp202607"));
  }

  @Test
  void signatureShouldUseRelaxedRsaSha256AndOversignFrom() throws IOException {
    String field = new String(sign(write(MESSAGE)), StandardCharsets.US_ASCII);
    String unfolded = field.replaceAll("\r\n[ \t]+", " ");

    assertThat(field).startsWith("DKIM-Signature:").endsWith("\r\n");
    assertThat(unfolded)
        .contains("a=rsa-sha256", "c=relaxed/relaxed", "d=jadepost.test", "s=jp202607")
        .containsPattern("h=from:to:subject:date:message-id:mime-version:content-type:from;");
    assertThat(unfolded).doesNotContain("x-unsigned");
  }

  @Test
  void verifyShouldPassWhenOnlyWhitespaceChangedInTransit() throws IOException {
    Path signed = signed(MESSAGE);
    String relayed =
        Files.readString(signed)
            .replace("Subject:   Hello   world", "subject: Hello world")
            .replace("see you\r\n", "see   you  \r\n");

    assertThat(new DkimVerification(dns.lookup()).verify(write(relayed)))
        .extracting(DkimOutcome::result)
        .containsExactly("pass");
  }

  @Test
  void verifyShouldFailWhenBodyAltered() throws IOException {
    String tampered = Files.readString(signed(MESSAGE)).replace("see you", "send money");

    assertThat(new DkimVerification(dns.lookup()).verify(write(tampered)))
        .extracting(DkimOutcome::result)
        .containsExactly("fail");
  }

  @Test
  void verifyShouldFailWhenSecondFromAdded() throws IOException {
    String forged = "From: Mallory <boss@jadepost.test>\r\n" + Files.readString(signed(MESSAGE));

    assertThat(new DkimVerification(dns.lookup()).verify(write(forged)))
        .extracting(DkimOutcome::result)
        .containsExactly("fail");
  }

  @Test
  void verifyShouldReportNoneWhenUnsigned() throws IOException {
    assertThat(new DkimVerification(dns.lookup()).verify(write(MESSAGE)))
        .containsExactly(DkimOutcome.NONE);
  }

  @Test
  void verifyShouldReportPermerrorWhenKeyNotPublished() throws IOException {
    dns.close();
    try (LoopbackDns empty = new LoopbackDns()) {
      empty.add("jadepost.test TXT \"v=spf1 -all\"");
      assertThat(new DkimVerification(empty.lookup()).verify(signed(MESSAGE)))
          .extracting(DkimOutcome::result)
          .containsExactly("permerror");
    }
  }

  @Test
  void verifyShouldReportTemperrorWhenDnsTimesOut() throws IOException {
    dns.silent("jp202607._domainkey.jadepost.test");

    assertThat(new DkimVerification(dns.lookup()).verify(signed(MESSAGE)))
        .extracting(DkimOutcome::result)
        .containsExactly("temperror");
  }

  /** A message signed by dkimpy 1.1.4 (Debian python3-dkim), a second implementation. */
  @Test
  void verifyShouldPassForMessageSignedByDkimpy() throws IOException {
    try (LoopbackDns other = new LoopbackDns()) {
      other.add("dkimpy._domainkey.signer.example TXT " + txt(resource("dkimpy-selector.pub")));
      Path message = dir.resolve("dkimpy.eml");
      Files.write(message, resourceBytes("dkimpy-signed.eml"));

      assertThat(new DkimVerification(other.lookup()).verify(message))
          .containsExactly(new DkimOutcome("pass", "signer.example", "dkimpy"));
    }
  }

  /** dkimpy verifies our signature, when Debian's python3-dkim is installed. */
  @Test
  void dkimpyShouldVerifySignatureOfSigner() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/dkim")), "no dkimpy");
    Path signed = signed(MESSAGE);
    String key = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    String script =
        "import dkim,sys\n"
            + "msg=open(sys.argv[1],'rb').read()\n"
            + "rec=b'v=DKIM1; k=rsa; p="
            + key
            + "'\n"
            + "ok=dkim.verify(msg,dnsfunc=lambda name,timeout=5: rec)\n"
            + "print('pass' if ok else 'fail')\n";
    Process python =
        new ProcessBuilder("/usr/bin/python3", "-c", script, signed.toString())
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    python.getInputStream().transferTo(out);
    python.waitFor();

    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("pass");
  }

  private Path signed(String message) throws IOException {
    Path unsigned = write(message);
    byte[] header = sign(unsigned);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(header);
    all.write(Files.readAllBytes(unsigned));
    return Files.write(dir.resolve("signed-" + System.nanoTime() + ".eml"), all.toByteArray());
  }

  private byte[] sign(Path message) throws IOException {
    return DkimSignature.sign(
        "jadepost.test", "jp202607", keys.getPrivate(), message, Instant.now());
  }

  private Path write(String message) throws IOException {
    return Files.writeString(dir.resolve("m-" + System.nanoTime() + ".eml"), message);
  }

  private static String txt(KeyPair keys) {
    return txt(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
  }

  /** The TXT rdata in master-file syntax, split in strings of at most 255 characters. */
  static String txt(String publicKey) {
    String value = "v=DKIM1; k=rsa; p=" + publicKey.strip();
    StringBuilder quoted = new StringBuilder();
    for (int i = 0; i < value.length(); i += 255) {
      quoted.append('"').append(value, i, Math.min(value.length(), i + 255)).append("\" ");
    }
    return quoted.toString().strip();
  }

  private static String resource(String name) throws IOException {
    return new String(resourceBytes(name), StandardCharsets.US_ASCII);
  }

  private static byte[] resourceBytes(String name) throws IOException {
    try (var in = DkimRoundTripTest.class.getResourceAsStream("/mailauth/" + name)) {
      return in.readAllBytes();
    }
  }
}
