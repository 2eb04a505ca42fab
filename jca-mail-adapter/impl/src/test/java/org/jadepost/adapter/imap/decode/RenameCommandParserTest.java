package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.RenameRequest;
import org.junit.jupiter.api.Test;

class RenameCommandParserTest {

  @Test
  void parseShouldReadBothNamesWhenOneIsQuoted() throws Exception {
    RenameRequest request =
        Parsing.parse(new RenameCommandParser(), " Projects \"Old projects\"", RenameRequest.class);

    assertThat(request.mailbox()).isEqualTo("Projects");
    assertThat(request.newName()).isEqualTo("Old projects");
  }

  @Test
  void parseShouldFailWhenTheNewNameIsMissing() {
    assertThatThrownBy(
            () -> Parsing.parse(new RenameCommandParser(), " Projects", RenameRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
