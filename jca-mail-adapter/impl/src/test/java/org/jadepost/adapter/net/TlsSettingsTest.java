package org.jadepost.adapter.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlsSettingsTest {

  @Test
  void resolveShouldPreferEnvironmentWhenBothSourcesAreSet() {
    ConfigLookup lookup =
        ConfigLookup.of(
            Map.of(
                "JADEPOST_TLS_KEYSTORE", "/env/keys.p12",
                "JADEPOST_TLS_KEYSTORE_PASSWORD", "env-secret",
                "JADEPOST_HOSTNAME", "env.example.org",
                "JADEPOST_HOME", "/env/home"),
            Map.of(
                "jadepost.tls.keystore", "/prop/keys.p12",
                "jadepost.tls.keystore.password", "prop-secret",
                "jadepost.hostname", "prop.example.org",
                "jadepost.home", "/prop/home"));

    TlsSettings settings = TlsSettings.resolve(lookup);

    assertThat(settings.keyStore()).contains(Path.of("/env/keys.p12"));
    assertThat(settings.keyStorePassword()).isEqualTo("env-secret");
    assertThat(settings.hostName()).isEqualTo("env.example.org");
    assertThat(settings.selfSignedKeyStore()).isEqualTo(Path.of("/env/home/tls/selfsigned.p12"));
  }

  @Test
  void resolveShouldUseSystemPropertiesWhenEnvironmentIsUnset() {
    ConfigLookup lookup =
        ConfigLookup.of(
            Map.of("JADEPOST_HOME", "  "),
            Map.of("jadepost.home", "/prop/home", "jadepost.hostname", "prop.example.org"));

    TlsSettings settings = TlsSettings.resolve(lookup);

    assertThat(settings.keyStore()).isEmpty();
    assertThat(settings.hostName()).isEqualTo("prop.example.org");
    assertThat(settings.selfSignedKeyStore()).isEqualTo(Path.of("/prop/home/tls/selfsigned.p12"));
  }

  @Test
  void dataDirectoryShouldDefaultToDotJadepostInUserHome() {
    ConfigLookup lookup = ConfigLookup.of(Map.of(), Map.of("user.home", "/home/mail"));

    assertThat(TlsSettings.dataDirectory(lookup)).isEqualTo(Path.of("/home/mail/.jadepost"));
  }

  @Test
  void resolveShouldUseLocalHostNameWhenNoneIsConfigured() {
    TlsSettings settings = TlsSettings.resolve(ConfigLookup.of(Map.of(), Map.of()));

    assertThat(settings.hostName()).isNotBlank();
  }
}
