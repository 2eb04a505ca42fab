package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.StatusRequest;
import org.junit.jupiter.api.Test;

class StatusCommandParserTest {

  @Test
  void parseShouldUpperCaseItemsWhenSeveralAreAsked() throws Exception {
    StatusRequest request =
        Parsing.parse(
            new StatusCommandParser(),
            " INBOX (messages uidnext UNSEEN HIGHESTMODSEQ)",
            StatusRequest.class);

    assertThat(request.mailbox()).isEqualTo("INBOX");
    assertThat(request.items()).containsExactly("MESSAGES", "UIDNEXT", "UNSEEN", "HIGHESTMODSEQ");
  }

  @Test
  void parseShouldFailWhenAnItemIsUnknown() {
    assertThatThrownBy(
            () ->
                Parsing.parse(new StatusCommandParser(), " INBOX (SIZE-ISH)", StatusRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
