package org.jadepost.mailauth.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import org.jadepost.mailauth.entity.SpfResult;
import org.jadepost.mailauth.entity.SpfVerdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPF against a real DNS server on loopback. */
class SpfEvaluatorTest {

  private final LoopbackDns dns = new LoopbackDns();

  SpfEvaluatorTest() throws IOException {}

  @AfterEach
  void stop() {
    dns.close();
  }

  private SpfResult check(String ip, String sender) throws IOException {
    return verdict(ip, "mail.client.test", sender).result();
  }

  private SpfVerdict verdict(String ip, String helo, String sender) throws IOException {
    return new SpfEvaluator(dns.lookup()).check(InetAddress.getByName(ip), helo, sender);
  }

  @Test
  void checkShouldPassWhenIp4InRange() throws IOException {
    dns.add("example.com TXT \"v=spf1 ip4:192.0.2.0/24 -all\"");

    assertThat(check("192.0.2.77", "alice@example.com")).isEqualTo(SpfResult.PASS);
    assertThat(check("198.51.100.1", "alice@example.com")).isEqualTo(SpfResult.FAIL);
  }

  @Test
  void checkShouldMatchIp6AndNotIp4AgainstIp6Network() throws IOException {
    dns.add("example.com TXT \"v=spf1 ip6:2001:db8::/32 ip4:192.0.2.1 ~all\"");

    assertThat(check("2001:db8::25", "a@example.com")).isEqualTo(SpfResult.PASS);
    assertThat(check("2001:db9::25", "a@example.com")).isEqualTo(SpfResult.SOFTFAIL);
  }

  @Test
  void checkShouldFollowAAndMxWithCidr() throws IOException {
    dns.add("example.com TXT \"v=spf1 a mx/30 -all\"")
        .add("example.com A 203.0.113.10")
        .add("example.com MX 10 mx1.example.com.")
        .add("mx1.example.com A 198.51.100.8");

    assertThat(check("203.0.113.10", "a@example.com")).isEqualTo(SpfResult.PASS);
    assertThat(check("198.51.100.10", "a@example.com")).isEqualTo(SpfResult.PASS);
    assertThat(check("198.51.100.12", "a@example.com")).isEqualTo(SpfResult.FAIL);
  }

  @Test
  void checkShouldUseIncludeResultAndRedirect() throws IOException {
    dns.add("example.com TXT \"v=spf1 include:_spf.provider.test ?all\"")
        .add("_spf.provider.test TXT \"v=spf1 ip4:192.0.2.0/24 -all\"")
        .add("other.com TXT \"v=spf1 redirect=example.com\"");

    assertThat(check("192.0.2.5", "a@example.com")).isEqualTo(SpfResult.PASS);
    // the include's fail is only "no match": the outer ?all applies
    assertThat(check("10.0.0.1", "a@example.com")).isEqualTo(SpfResult.NEUTRAL);
    assertThat(check("192.0.2.5", "a@other.com")).isEqualTo(SpfResult.PASS);
  }

  @Test
  void checkShouldExpandMacrosInExists() throws IOException {
    dns.add("example.com TXT \"v=spf1 exists:%{l}.%{ir}.%{o}._spf.%{d} -all\"")
        .add("alice.5.2.0.192.example.com._spf.example.com A 127.0.0.2");

    assertThat(check("192.0.2.5", "alice@example.com")).isEqualTo(SpfResult.PASS);
    assertThat(check("192.0.2.6", "alice@example.com")).isEqualTo(SpfResult.FAIL);
  }

  @Test
  void macrosShouldFollowRfc7208Examples() throws Exception {
    // RFC 7208 §7.4, sender strong-bad@email.example.com from 192.0.2.3
    SpfMacro.Context ctx =
        new SpfMacro.Context(
            "strong-bad@email.example.com",
            "strong-bad",
            "email.example.com",
            "email.example.com",
            InetAddress.getByName("192.0.2.3"),
            "mx.example.org");

    assertThat(SpfMacro.expand("%{s}", ctx)).isEqualTo("strong-bad@email.example.com");
    assertThat(SpfMacro.expand("%{d4}", ctx)).isEqualTo("email.example.com");
    assertThat(SpfMacro.expand("%{d2}", ctx)).isEqualTo("example.com");
    assertThat(SpfMacro.expand("%{dr}", ctx)).isEqualTo("com.example.email");
    assertThat(SpfMacro.expand("%{d2r}", ctx)).isEqualTo("example.email");
    assertThat(SpfMacro.expand("%{l-}", ctx)).isEqualTo("strong.bad");
    assertThat(SpfMacro.expand("%{lr-}", ctx)).isEqualTo("bad.strong");
    assertThat(SpfMacro.expand("%{l1r-}", ctx)).isEqualTo("strong");
    assertThat(SpfMacro.expand("%{ir}.%{v}._spf.%{d2}", ctx))
        .isEqualTo("3.2.0.192.in-addr._spf.example.com");
    assertThat(SpfMacro.expand("%{h}%%%_%-", ctx)).isEqualTo("mx.example.org% %20");
    SpfMacro.Context v6 =
        new SpfMacro.Context(
            "a@b.c", "a", "b.c", "b.c", InetAddress.getByName("2001:db8::cb01"), "h");
    assertThat(SpfMacro.expand("%{ir}.%{v}", v6))
        .isEqualTo("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6");
  }

  @Test
  void checkShouldReturnNoneWhenDomainHasNoSpf() throws IOException {
    dns.add("example.com TXT \"google-site-verification=abc\"");

    assertThat(check("192.0.2.1", "a@example.com")).isEqualTo(SpfResult.NONE);
    assertThat(check("192.0.2.1", "a@nxdomain.test")).isEqualTo(SpfResult.NONE);
  }

  @Test
  void checkShouldReturnPermerrorWhenRecordBroken() throws IOException {
    dns.add("two.test TXT \"v=spf1 -all\"").add("two.test TXT \"v=spf1 +all\"");
    dns.add("bad.test TXT \"v=spf1 ip4:192.0.2.300 -all\"");
    dns.add("unknown.test TXT \"v=spf1 foo:bar -all\"");
    dns.add("redir.test TXT \"v=spf1 redirect=nospf.test\"");

    assertThat(check("192.0.2.1", "a@two.test")).isEqualTo(SpfResult.PERMERROR);
    assertThat(check("192.0.2.1", "a@bad.test")).isEqualTo(SpfResult.PERMERROR);
    assertThat(check("192.0.2.1", "a@unknown.test")).isEqualTo(SpfResult.PERMERROR);
    assertThat(check("192.0.2.1", "a@redir.test")).isEqualTo(SpfResult.PERMERROR);
  }

  @Test
  void checkShouldReturnPermerrorAfterTenDnsLookups() throws IOException {
    StringBuilder record = new StringBuilder("v=spf1");
    for (int i = 1; i <= 11; i++) {
      record.append(" a:h").append(i).append(".example.com");
      dns.add("h" + i + ".example.com A 10.0.0." + i);
    }
    dns.add("example.com TXT \"" + record + " -all\"");

    assertThat(check("10.0.0.10", "a@example.com")).isEqualTo(SpfResult.PASS);
    assertThat(check("10.0.0.11", "a@example.com")).isEqualTo(SpfResult.PERMERROR);
  }

  @Test
  void checkShouldReturnPermerrorAfterTwoVoidLookups() throws IOException {
    dns.add("example.com TXT \"v=spf1 a:gone1.test a:gone2.test a:gone3.test ip4:10.0.0.1 -all\"");
    dns.add("ok.com TXT \"v=spf1 a:gone1.test a:gone2.test ip4:10.0.0.1 -all\"");

    assertThat(check("10.0.0.1", "a@example.com")).isEqualTo(SpfResult.PERMERROR);
    assertThat(check("10.0.0.1", "a@ok.com")).isEqualTo(SpfResult.PASS);
  }

  @Test
  void checkShouldReturnTemperrorWhenDnsTimesOutOrFails() throws IOException {
    dns.silent("slow.test").failing("broken.test");

    assertThat(check("192.0.2.1", "a@slow.test")).isEqualTo(SpfResult.TEMPERROR);
    assertThat(check("192.0.2.1", "a@broken.test")).isEqualTo(SpfResult.TEMPERROR);
  }

  @Test
  void checkShouldUseHeloIdentityWhenReversePathNull() throws IOException {
    dns.add("mail.client.test TXT \"v=spf1 ip4:192.0.2.9 -all\"");

    SpfVerdict verdict = verdict("192.0.2.9", "mail.client.test", "");

    assertThat(verdict)
        .isEqualTo(new SpfVerdict(SpfResult.PASS, "helo", "mail.client.test", "mail.client.test"));
  }

  @Test
  void checkShouldMatchPtrUnderDomain() throws IOException {
    dns.add("example.com TXT \"v=spf1 ptr -all\"")
        .add("5.2.0.192.in-addr.arpa PTR out.example.com.")
        .add("out.example.com A 192.0.2.5");

    assertThat(check("192.0.2.5", "a@example.com")).isEqualTo(SpfResult.PASS);
  }
}
