package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.ListRequest;
import org.junit.jupiter.api.Test;

class ListCommandParserTest {

  @Test
  void parseShouldReadSelectionAndReturnOptionsWhenListIsExtended() throws Exception {
    ListRequest request =
        Parsing.parse(
            new ListCommandParser(false),
            " (SUBSCRIBED) \"\" (INBOX \"Sent*\") RETURN (SPECIAL-USE)",
            ListRequest.class);

    assertThat(request.subscribedOnly()).isTrue();
    assertThat(request.reference()).isEmpty();
    assertThat(request.patterns()).containsExactly("INBOX", "Sent*");
    assertThat(request.returnSpecialUse()).isTrue();
    assertThat(request.lsub()).isFalse();
  }

  @Test
  void parseShouldReadReferenceAndPatternWhenLsub() throws Exception {
    ListRequest request = Parsing.parse(new ListCommandParser(true), " \"\" %", ListRequest.class);

    assertThat(request.lsub()).isTrue();
    assertThat(request.patterns()).containsExactly("%");
  }

  @Test
  void parseShouldFailWhenThePatternIsMissing() {
    assertThatThrownBy(
            () -> Parsing.parse(new ListCommandParser(false), " \"\"", ListRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
