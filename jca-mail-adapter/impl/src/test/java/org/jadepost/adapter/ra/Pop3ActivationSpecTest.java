package org.jadepost.adapter.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.InvalidPropertyException;
import java.util.Map;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ListenerConfiguration;
import org.jadepost.adapter.net.TlsMode;
import org.jadepost.adapter.pop3.Pop3Configuration;
import org.junit.jupiter.api.Test;

class Pop3ActivationSpecTest {

  private static final ConfigLookup LOOKUP =
      ConfigLookup.of(
          Map.of(
              "JADEPOST_HOSTNAME", "pop.test",
              "JADEPOST_POP3_PORT", "3110",
              "JADEPOST_POP3S_PORT", "3995"),
          Map.of());

  private static Pop3ActivationSpec spec(String name, int port, String tls) {
    Pop3ActivationSpec spec = new Pop3ActivationSpec();
    spec.setListenerName(name);
    spec.setPort(port);
    spec.setTlsMode(tls);
    return spec;
  }

  @Test
  void configurationShouldUseTheDefaultsAndTheHostName() {
    Pop3Configuration configuration = spec("pop3", 2110, "STARTTLS").configuration(LOOKUP);
    assertThat(configuration.hostName()).isEqualTo("pop.test");
    assertThat(configuration.allowPlainAuthWithoutTls()).isFalse();
    assertThat(configuration.maxErrors()).isEqualTo(Pop3Configuration.DEFAULT_MAX_ERRORS);
  }

  @Test
  void listenerSettingsShouldTakeThePortsFromTheEnvironmentAndAutologoutAfterTenMinutes()
      throws Exception {
    ListenerConfiguration pop3 = ListenerSettings.resolve(spec("pop3", 2110, "STARTTLS"), LOOKUP);
    ListenerConfiguration pop3s = ListenerSettings.resolve(spec("pop3s", 2995, "IMPLICIT"), LOOKUP);

    assertThat(pop3.address().getPort()).isEqualTo(3110);
    assertThat(pop3.tlsMode()).isEqualTo(TlsMode.STARTTLS);
    assertThat(pop3.idleTimeout().toSeconds()).isEqualTo(600);
    assertThat(pop3s.address().getPort()).isEqualTo(3995);
    assertThat(pop3s.tlsMode()).isEqualTo(TlsMode.IMPLICIT);
  }

  @Test
  void validateShouldRefuseANonPositiveErrorLimit() {
    Pop3ActivationSpec spec = spec("pop3", 2110, "STARTTLS");
    spec.setMaxErrors(0);
    assertThatThrownBy(spec::validate).isInstanceOf(InvalidPropertyException.class);
  }
}
