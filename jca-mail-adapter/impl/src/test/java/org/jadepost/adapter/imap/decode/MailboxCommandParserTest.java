package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.MailboxRequest;
import org.junit.jupiter.api.Test;

class MailboxCommandParserTest {

  @Test
  void parseShouldKeepTheNameAsSentWhenItIsModifiedUtf7() throws Exception {
    MailboxRequest request =
        Parsing.parse(new MailboxCommandParser("CREATE"), " &XfJT0ZAB-/2024", MailboxRequest.class);

    assertThat(request.command()).isEqualTo("CREATE");
    assertThat(request.mailbox()).isEqualTo("&XfJT0ZAB-/2024");
  }

  @Test
  void parseShouldFailWhenSomethingFollowsTheName() {
    assertThatThrownBy(
            () ->
                Parsing.parse(
                    new MailboxCommandParser("DELETE"), " Trash extra", MailboxRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
