package org.jadepost.adapter.smtp.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.adapter.api.SmtpBodyType;
import org.junit.jupiter.api.Test;

class MailParametersTest {

  @Test
  void parseShouldReadSizeBodyAndSmtpUtf8() {
    assertThat(MailParameters.parse("size=1000 BODY=8BITMIME SMTPUTF8"))
        .contains(new MailParameters(1000, SmtpBodyType.EIGHT_BIT_MIME, true));
  }

  @Test
  void parseShouldDefaultToSevenBitWithoutSizeWhenEmpty() {
    assertThat(MailParameters.parse(""))
        .contains(new MailParameters(-1, SmtpBodyType.SEVEN_BIT, false));
  }

  @Test
  void parseShouldRefuseUnknownRepeatedOrMalformedParameters() {
    assertThat(MailParameters.parse("FOO=1")).isEmpty();
    assertThat(MailParameters.parse("SIZE=1 SIZE=2")).isEmpty();
    assertThat(MailParameters.parse("SIZE=-1")).isEmpty();
    assertThat(MailParameters.parse("SIZE=99999999999999999999")).isEmpty();
    assertThat(MailParameters.parse("BODY=BINARYMIME")).isEmpty();
  }
}
