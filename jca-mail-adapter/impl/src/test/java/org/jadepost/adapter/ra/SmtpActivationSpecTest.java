package org.jadepost.adapter.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.InvalidPropertyException;
import java.nio.file.Path;
import java.util.Map;
import org.jadepost.adapter.api.SmtpListenerKind;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.smtp.SmtpConfiguration;
import org.junit.jupiter.api.Test;

class SmtpActivationSpecTest {

  private static final ConfigLookup LOOKUP =
      ConfigLookup.of(Map.of("JADEPOST_HOME", "/data", "JADEPOST_HOSTNAME", "mx.test"), Map.of());

  private static SmtpActivationSpec spec() {
    SmtpActivationSpec spec = new SmtpActivationSpec();
    spec.setListenerName("smtp");
    spec.setPort(2525);
    return spec;
  }

  @Test
  void configurationShouldUseDefaultsAndSpoolUnderTheDataDirectory() throws Exception {
    SmtpConfiguration configuration = spec().configuration(LOOKUP);
    assertThat(configuration.kind()).isEqualTo(SmtpListenerKind.MX);
    assertThat(configuration.maxMessageSize()).isEqualTo(25L * 1024 * 1024);
    assertThat(configuration.maxRecipients()).isEqualTo(100);
    assertThat(configuration.authRequired()).isFalse();
    assertThat(configuration.vrfyEnabled()).isFalse();
    assertThat(configuration.hostName()).isEqualTo("mx.test");
    assertThat(configuration.spoolDirectory()).isEqualTo(Path.of("/data/spool/incoming"));
  }

  @Test
  void configurationShouldRequireAuthWhenTheListenerIsSubmission() throws Exception {
    SmtpActivationSpec spec = spec();
    spec.setListenerKind("submission");
    assertThat(spec.configuration(LOOKUP).authRequired()).isTrue();
    spec.setAuthRequired(false);
    assertThat(spec.configuration(LOOKUP).authRequired()).isFalse();
  }

  @Test
  void validateShouldRefuseAnUnknownKindOrNonPositiveLimits() {
    SmtpActivationSpec kind = spec();
    kind.setListenerKind("RELAY");
    assertThatThrownBy(kind::validate).isInstanceOf(InvalidPropertyException.class);
    SmtpActivationSpec size = spec();
    size.setMaxMessageSize(0L);
    assertThatThrownBy(size::validate).isInstanceOf(InvalidPropertyException.class);
  }

  @Test
  void commandTimeoutShouldBeTheIdleTimeout() {
    SmtpActivationSpec spec = spec();
    spec.setCommandTimeoutSeconds(60);
    assertThat(spec.getIdleTimeoutSeconds()).isEqualTo(60);
  }
}
