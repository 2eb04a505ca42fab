package org.jadepost.outbound.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.mailauth.control.LoopbackDns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final LoopbackDns dns = new LoopbackDns();

  RouterTest() throws IOException {
    dns.add("example.test MX 20 mx2.example.test.");
    dns.add("example.test MX 10 mx1.example.test.");
    dns.add("mx1.example.test A 192.0.2.1");
    dns.add("mx2.example.test A 192.0.2.2");
    dns.add("mx2.example.test AAAA 2001:db8::2");
    dns.add("plain.test A 192.0.2.9");
    dns.add("nomail.test MX 0 .");
    dns.add("lame.test MX 10 nowhere.lame.test.");
    dns.failing("broken.test");
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  private Route route(String domain) {
    return Router.byDns(dns.lookup(), domain);
  }

  @Test
  void routeShouldListExchangesByPreferenceWithTheirAddresses() {
    assertThat(route("example.test").destinations())
        .containsExactly(
            new SmtpDestination("192.0.2.1", 25),
            new SmtpDestination("192.0.2.2", 25),
            new SmtpDestination("2001:db8:0:0:0:0:0:2", 25));
  }

  @Test
  void routeShouldUseTheDomainItselfWhenItHasNoMx() {
    assertThat(route("plain.test").destinations())
        .containsExactly(new SmtpDestination("192.0.2.9", 25));
  }

  @Test
  void routeShouldBouncePermanentlyWhenTheDomainHasANullMx() {
    assertThat(route("nomail.test").failure().code()).isEqualTo(556);
  }

  @Test
  void routeShouldBouncePermanentlyWhenTheDomainDoesNotExist() {
    Route route = route("missing.test");

    assertThat(route.destinations()).isEmpty();
    assertThat(route.failure().code()).isEqualTo(550);
  }

  @Test
  void routeShouldDeferWhenTheExchangeHasNoAddress() {
    assertThat(route("lame.test").failure().code()).isEqualTo(451);
  }

  @Test
  void routeShouldDeferWhenDnsFails() {
    assertThat(route("broken.test").failure().code()).isEqualTo(451);
  }
}
