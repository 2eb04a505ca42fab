package org.jadepost.mailauth.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jadepost.mailauth.entity.DkimOutcome;
import org.jadepost.mailauth.entity.DmarcOutcome;
import org.jadepost.mailauth.entity.SpfResult;
import org.jadepost.mailauth.entity.SpfVerdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DmarcEvaluatorTest {

  private final LoopbackDns dns = new LoopbackDns();
  private int percentile = 0;

  DmarcEvaluatorTest() throws IOException {
    dns.add(
        "_dmarc.example.com TXT \"v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com\"");
    dns.add("_dmarc.strict.test TXT \"v=DMARC1; p=quarantine; adkim=s; aspf=s\"");
    dns.add("_dmarc.sample.test TXT \"v=DMARC1; p=reject; pct=30\"");
    dns.add("_dmarc.example.co.uk TXT \"v=DMARC1; p=reject\"");
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  private DmarcOutcome evaluate(String from, SpfVerdict spf, DkimOutcome... dkim) {
    return new DmarcEvaluator(dns.lookup(), () -> percentile).evaluate(from, spf, List.of(dkim));
  }

  private static SpfVerdict spf(SpfResult result, String domain) {
    return new SpfVerdict(result, "mailfrom", "bounce@" + domain, domain);
  }

  private static DkimOutcome dkim(String result, String domain) {
    return new DkimOutcome(result, domain, "sel");
  }

  @Test
  void evaluateShouldPassWhenSpfPassesForSubdomainUnderRelaxedAlignment() {
    DmarcOutcome outcome =
        evaluate("example.com", spf(SpfResult.PASS, "bounces.example.com"), DkimOutcome.NONE);

    assertThat(outcome).isEqualTo(new DmarcOutcome("pass", "example.com", "reject", "none"));
  }

  @Test
  void evaluateShouldPassWhenAlignedDkimPassesAndSpfFails() {
    DmarcOutcome outcome =
        evaluate(
            "example.com",
            spf(SpfResult.FAIL, "example.com"),
            dkim("fail", "example.com"),
            dkim("pass", "mail.example.com"));

    assertThat(outcome.result()).isEqualTo("pass");
  }

  @Test
  void evaluateShouldFailAndRejectWhenOnlyUnalignedDomainsPass() {
    DmarcOutcome outcome =
        evaluate("example.com", spf(SpfResult.PASS, "mailer.test"), dkim("pass", "mailer.test"));

    assertThat(outcome).isEqualTo(new DmarcOutcome("fail", "example.com", "reject", "reject"));
    assertThat(outcome.rejects()).isTrue();
  }

  @Test
  void evaluateShouldRequireExactDomainWhenStrict() {
    assertThat(evaluate("strict.test", spf(SpfResult.PASS, "mx.strict.test"), DkimOutcome.NONE))
        .isEqualTo(new DmarcOutcome("fail", "strict.test", "quarantine", "quarantine"));
    assertThat(evaluate("strict.test", spf(SpfResult.FAIL, "x.test"), dkim("pass", "strict.test")))
        .extracting(DmarcOutcome::result)
        .isEqualTo("pass");
  }

  @Test
  void evaluateShouldUseOrganizationalDomainSpPolicyForSubdomain() {
    DmarcOutcome outcome =
        evaluate("news.example.com", spf(SpfResult.FAIL, "news.example.com"), DkimOutcome.NONE);

    assertThat(outcome)
        .isEqualTo(new DmarcOutcome("fail", "news.example.com", "quarantine", "quarantine"));
  }

  @Test
  void evaluateShouldTreatCoUkAsPublicSuffix() {
    assertThat(OrganizationalDomain.of("mail.shop.example.co.uk")).isEqualTo("example.co.uk");
    assertThat(OrganizationalDomain.of("a.b.example.com.cn")).isEqualTo("example.com.cn");
    assertThat(OrganizationalDomain.of("a.b.example.com")).isEqualTo("example.com");
    assertThat(evaluate("shop.example.co.uk", spf(SpfResult.FAIL, "x.test")).policy())
        .isEqualTo("reject");
    // example.co.uk and other.co.uk are different organizations
    assertThat(evaluate("example.co.uk", spf(SpfResult.PASS, "other.co.uk")).result())
        .isEqualTo("fail");
  }

  @Test
  void evaluateShouldDowngradeRejectToQuarantineWhenPctSamplesOut() {
    percentile = 29;
    assertThat(evaluate("sample.test", spf(SpfResult.FAIL, "sample.test")).applied())
        .isEqualTo("reject");
    percentile = 30;
    DmarcOutcome outcome = evaluate("sample.test", spf(SpfResult.FAIL, "sample.test"));
    assertThat(outcome.applied()).isEqualTo("quarantine");
    assertThat(outcome.rejects()).isFalse();
  }

  @Test
  void evaluateShouldReturnNoneWithoutRecordAndTemperrorOnTimeout() {
    dns.silent("_dmarc.slow.test");

    assertThat(evaluate("nodmarc.test", spf(SpfResult.FAIL, "x.test")))
        .isEqualTo(DmarcOutcome.none("nodmarc.test"));
    assertThat(evaluate("slow.test", spf(SpfResult.FAIL, "x.test")).result())
        .isEqualTo("temperror");
  }

  @Test
  void evaluateShouldReturnPermerrorWhenFromDomainMissing() {
    assertThat(evaluate(null, spf(SpfResult.PASS, "x.test")).result()).isEqualTo("permerror");
  }
}
