package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.api.imap.ImapStoreMode;
import org.jadepost.adapter.imap.request.StoreRequest;
import org.junit.jupiter.api.Test;

class StoreCommandParserTest {

  @Test
  void parseShouldReadUnchangedSinceWhenGivenBeforeTheItem() throws Exception {
    StoreRequest request =
        Parsing.parse(
            new StoreCommandParser(true),
            " 4:5 (UNCHANGEDSINCE 12) -FLAGS.SILENT (\\Seen $Junk)",
            StoreRequest.class);

    assertThat(request.unchangedSince()).isEqualTo(12);
    assertThat(request.mode()).isEqualTo(ImapStoreMode.REMOVE);
    assertThat(request.silent()).isTrue();
    assertThat(request.flags()).containsExactly("\\Seen", "$Junk");
  }

  @Test
  void parseShouldReplaceWhenTheItemHasNoSign() throws Exception {
    StoreRequest request =
        Parsing.parse(new StoreCommandParser(false), " 1 FLAGS \\Deleted", StoreRequest.class);

    assertThat(request.mode()).isEqualTo(ImapStoreMode.REPLACE);
    assertThat(request.unchangedSince()).isNegative();
    assertThat(request.flags()).containsExactly("\\Deleted");
  }

  @Test
  void parseShouldFailWhenTheItemIsUnknown() {
    assertThatThrownBy(
            () -> Parsing.parse(new StoreCommandParser(false), " 1 LABELS (x)", StoreRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
