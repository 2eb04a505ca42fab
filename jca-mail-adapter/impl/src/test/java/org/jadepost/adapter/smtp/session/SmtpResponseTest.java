package org.jadepost.adapter.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jadepost.adapter.api.SmtpReply;
import org.junit.jupiter.api.Test;

class SmtpResponseTest {

  @Test
  void wireLinesShouldUseDashOnAllButTheLastLine() {
    assertThat(
            SmtpResponse.plain(250, List.of("mail.test Hello", "SIZE 10", "8BITMIME")).wireLines())
        .containsExactly("250-mail.test Hello", "250-SIZE 10", "250 8BITMIME");
  }

  @Test
  void ofShouldPutTheEnhancedStatusBeforeTheText() {
    assertThat(SmtpResponse.of(SmtpReply.NO_SUCH_USER).wireLines())
        .containsExactly("550 5.1.1 No such user");
    assertThat(SmtpResponse.of(SmtpReply.NO_SUCH_USER).isPermanentError()).isTrue();
  }
}
