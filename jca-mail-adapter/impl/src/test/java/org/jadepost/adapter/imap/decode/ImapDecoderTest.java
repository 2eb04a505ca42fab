package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jadepost.adapter.imap.request.SimpleRequest;
import org.junit.jupiter.api.Test;

class ImapDecoderTest {

  private static ArgumentReader args(String line) {
    return new ArgumentReader(CommandInput.of(line.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void commandNameShouldJoinUidAndTheCommandWhenPrefixed() throws Exception {
    ArgumentReader args = args("uid fetch 1 FLAGS");

    assertThat(ImapDecoder.commandName(args)).isEqualTo("UID FETCH");
  }

  @Test
  void tagShouldBeEmptyWhenTheLineHasNoSpaceAfterIt() {
    assertThat(ImapDecoder.tag(CommandInput.of("a1".getBytes(StandardCharsets.US_ASCII))))
        .isEmpty();
    assertThat(ImapDecoder.tag(CommandInput.of("a1 NOOP".getBytes(StandardCharsets.US_ASCII))))
        .contains("a1");
  }

  @Test
  void decodeShouldFailWhenTheCommandIsUnknown() {
    ImapDecoder decoder = new ImapDecoder(Map.of("NOOP", new SimpleCommandParser("NOOP")));

    assertThatThrownBy(() -> decoder.decode("a1", "XYZZY", args("")))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void decodeShouldUseTheCommandsParserWhenItIsKnown() throws Exception {
    ImapDecoder decoder = new ImapDecoder(Map.of("NOOP", new SimpleCommandParser("NOOP")));

    assertThat(decoder.decode("a7", "NOOP", args(""))).isEqualTo(new SimpleRequest("a7", "NOOP"));
  }
}
