package org.jadepost.adapter.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.InvalidPropertyException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.net.ListenerConfiguration;
import org.jadepost.adapter.net.TlsMode;
import org.junit.jupiter.api.Test;

class ListenerSettingsTest {

  private static final ConfigLookup NOTHING = ConfigLookup.of(Map.of(), Map.of());

  @Test
  void portShouldComeFromEnvironmentWhenEnvironmentAndPropertyAreSet() throws Exception {
    ConfigLookup lookup =
        ConfigLookup.of(Map.of("JADEPOST_SMTP_PORT", "2525"), Map.of("jadepost.smtp.port", "2526"));

    assertThat(ListenerSettings.port("smtp", 25, lookup)).isEqualTo(2525);
  }

  @Test
  void portShouldComeFromSystemPropertyWhenEnvironmentIsUnset() throws Exception {
    ConfigLookup lookup = ConfigLookup.of(Map.of(), Map.of("jadepost.imaps.port", "9993"));

    assertThat(ListenerSettings.port("imaps", 993, lookup)).isEqualTo(9993);
  }

  @Test
  void portShouldComeFromSpecWhenNothingOverridesIt() throws Exception {
    ConfigLookup otherListener = ConfigLookup.of(Map.of("JADEPOST_SMTP_PORT", "2525"), Map.of());

    assertThat(ListenerSettings.port("probe", 4242, otherListener)).isEqualTo(4242);
  }

  @Test
  void portShouldBeRejectedWhenOverrideIsNotAPort() {
    ConfigLookup word = ConfigLookup.of(Map.of("JADEPOST_POP3_PORT", "pop"), Map.of());
    ConfigLookup tooBig = ConfigLookup.of(Map.of(), Map.of("jadepost.pop3.port", "65536"));

    assertThatThrownBy(() -> ListenerSettings.port("pop3", 110, word))
        .isInstanceOf(InvalidPropertyException.class)
        .hasMessageContaining("JADEPOST_POP3_PORT");
    assertThatThrownBy(() -> ListenerSettings.port("pop3", 110, tooBig))
        .isInstanceOf(InvalidPropertyException.class);
  }

  @Test
  void bindAddressShouldFollowEnvironmentPropertySpecThenLoopback() {
    ConfigLookup both =
        ConfigLookup.of(Map.of("JADEPOST_BIND", "0.0.0.0"), Map.of("jadepost.bind", "10.0.0.1"));
    ConfigLookup property = ConfigLookup.of(Map.of(), Map.of("jadepost.bind", "10.0.0.1"));

    assertThat(ListenerSettings.bindAddress("192.168.1.1", both)).isEqualTo("0.0.0.0");
    assertThat(ListenerSettings.bindAddress("192.168.1.1", property)).isEqualTo("10.0.0.1");
    assertThat(ListenerSettings.bindAddress("192.168.1.1", NOTHING)).isEqualTo("192.168.1.1");
    assertThat(ListenerSettings.bindAddress(" ", NOTHING)).isEqualTo("127.0.0.1");
    assertThat(ListenerSettings.bindAddress(null, NOTHING)).isEqualTo("127.0.0.1");
  }

  @Test
  void resolveShouldCombineSpecAndOverridesWhenSpecIsValid() throws Exception {
    ProbeActivationSpec spec = spec("imaps", 993);
    spec.setTlsMode("implicit");
    spec.setIdleTimeoutSeconds(1800);
    spec.setMaxLineLength(65536);
    ConfigLookup lookup = ConfigLookup.of(Map.of("JADEPOST_IMAPS_PORT", "10993"), Map.of());

    ListenerConfiguration configuration = ListenerSettings.resolve(spec, lookup);

    assertThat(configuration.name()).isEqualTo("imaps");
    assertThat(configuration.address()).isEqualTo(new InetSocketAddress("127.0.0.1", 10993));
    assertThat(configuration.tlsMode()).isEqualTo(TlsMode.IMPLICIT);
    assertThat(configuration.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(configuration.maxLineLength()).isEqualTo(65536);
    assertThat(configuration.maxLiteralSize())
        .isEqualTo(ListenerConfiguration.DEFAULT_MAX_LITERAL_SIZE);
  }

  @Test
  void resolveShouldRejectSpecWhenItIsInvalid() {
    ProbeActivationSpec badName = spec("SMTP-1", 25);
    ProbeActivationSpec badTls = spec("smtp", 25);
    badTls.setTlsMode("SSL");
    ProbeActivationSpec badPort = spec("smtp", 70000);
    ProbeActivationSpec noPort = spec("smtp", null);

    for (ProbeActivationSpec spec : new ProbeActivationSpec[] {badName, badTls, badPort, noPort}) {
      assertThatThrownBy(() -> ListenerSettings.resolve(spec, NOTHING))
          .isInstanceOf(InvalidPropertyException.class);
    }
  }

  private static ProbeActivationSpec spec(String name, Integer port) {
    ProbeActivationSpec spec = new ProbeActivationSpec();
    spec.setListenerName(name);
    spec.setPort(port);
    return spec;
  }
}
