package org.jadepost.mailauth.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import org.jadepost.mailauth.entity.AuthenticationVerdict;
import org.jadepost.mailauth.entity.DmarcDisposition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPF, DKIM and DMARC together, as the MX path calls them, against a loopback DNS server. */
class InboundAuthenticatorTest {

  @TempDir Path dir;
  private final KeyPair keys = DkimKeys.newKeyPair();
  private final LoopbackDns dns = new LoopbackDns();

  InboundAuthenticatorTest() throws IOException {
    dns.add("sender.test TXT \"v=spf1 ip4:192.0.2.0/24 -all\"")
        .add("_dmarc.sender.test TXT \"v=DMARC1; p=reject\"")
        .add(
            "sel._domainkey.sender.test TXT "
                + DkimRoundTripTest.txt(
                    Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())));
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  private Path message(String from, boolean signed) throws IOException {
    Path plain =
        Files.writeString(
            dir.resolve("plain-" + System.nanoTime()),
            "From: " + from + "\r\nTo: bob@jadepost.test\r\nSubject: hi\r\n\r\nbody\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (signed) {
      out.write(DkimSignature.sign("sender.test", "sel", keys.getPrivate(), plain, Instant.now()));
    }
    out.write(Files.readAllBytes(plain));
    return Files.write(dir.resolve("m-" + System.nanoTime()), out.toByteArray());
  }

  private AuthenticationVerdict verify(String ip, String mailFrom, Path message)
      throws IOException {
    return InboundAuthenticator.verify(
        dns.lookup(), "mx.jadepost.test", ip, "client.sender.test", mailFrom, message);
  }

  @Test
  void verifyShouldPassAllWhenSignedAndSentFromAuthorizedIp() throws IOException {
    AuthenticationVerdict verdict =
        verify("192.0.2.10", "alice@sender.test", message("Alice <alice@sender.test>", true));

    assertThat(verdict.authenticationResultsHeader())
        .isEqualTo(
            "Authentication-Results: mx.jadepost.test;\r\n"
                + "\tspf=pass smtp.mailfrom=alice@sender.test;\r\n"
                + "\tdkim=pass header.d=sender.test header.s=sel;\r\n"
                + "\tdmarc=pass (p=reject dis=none) header.from=sender.test\r\n");
    assertThat(verdict.dmarcResult()).isEqualTo("pass");
    assertThat(verdict.dmarcRejects()).isFalse();
  }

  @Test
  void verifyShouldRejectForgedFromOfRejectDomain() throws IOException {
    AuthenticationVerdict verdict =
        verify("203.0.113.9", "x@spammer.test", message("CEO <ceo@sender.test>", false));

    assertThat(verdict.authenticationResultsHeader())
        .contains("spf=none smtp.mailfrom=x@spammer.test", "dkim=none", "dmarc=fail (p=reject");
    assertThat(verdict)
        .extracting(
            AuthenticationVerdict::dmarcResult,
            AuthenticationVerdict::dmarcPolicy,
            AuthenticationVerdict::dmarcRejects)
        .containsExactly("fail", "reject", true);
    assertThat(DmarcEnforcement.decide(verdict, "reject")).isEqualTo(DmarcDisposition.REJECT);
    assertThat(DmarcEnforcement.decide(verdict, "quarantine"))
        .isEqualTo(DmarcDisposition.QUARANTINE);
    assertThat(DmarcEnforcement.decide(verdict, "none")).isEqualTo(DmarcDisposition.ACCEPT);
  }

  @Test
  void verifyShouldPassDmarcOnDkimWhenForwardedFromOtherIp() throws IOException {
    AuthenticationVerdict verdict =
        verify("198.51.100.1", "alice@sender.test", message("alice@sender.test", true));

    assertThat(verdict.authenticationResultsHeader())
        .contains("spf=fail smtp.mailfrom=alice@sender.test", "dkim=pass", "dmarc=pass");
    assertThat(DmarcEnforcement.decide(verdict, "reject")).isEqualTo(DmarcDisposition.ACCEPT);
  }

  @Test
  void verifyShouldNotBreakHeaderWhenClientSendsHostileValues() throws IOException {
    AuthenticationVerdict verdict =
        verify("not-an-ip", "a;b\r\nX-Evil: 1@x.test", message("alice@sender.test", false));

    assertThat(verdict.authenticationResultsHeader())
        .doesNotContain("\r\nX-Evil")
        .contains("spf=none smtp.mailfrom=abX-Evil:1@x.test");
  }

  @Test
  void verifyShouldReturnDmarcPermerrorWhenTwoFromDomains() throws IOException {
    AuthenticationVerdict verdict =
        verify("192.0.2.10", "alice@sender.test", message("a@sender.test, b@other.test", false));

    assertThat(verdict.dmarcResult()).isEqualTo("permerror");
    assertThat(verdict.dmarcRejects()).isFalse();
  }
}
