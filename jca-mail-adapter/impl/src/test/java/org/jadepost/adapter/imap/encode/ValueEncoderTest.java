package org.jadepost.adapter.imap.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jadepost.adapter.imap.response.ImapValue;
import org.junit.jupiter.api.Test;

class ValueEncoderTest {

  private static String written(ImapValue value) {
    ResponseBuffer out = new ResponseBuffer();
    ValueEncoder.write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writeShouldUseALiteralWhenTheStringHasEightBitBytes() {
    assertThat(written(ImapValue.str("收件箱"))).isEqualTo("{9}\r\n收件箱");
  }

  @Test
  void writeShouldUseALiteralWhenTheStringIsLongerThanAQuotedOne() {
    String text = "x".repeat(1025);

    assertThat(written(ImapValue.str(text))).isEqualTo("{1025}\r\n" + text);
  }

  @Test
  void writeShouldQuoteAndEscapeWhenTheStringIsPrintableAscii() {
    assertThat(written(ImapValue.str("a\\b \"c\""))).isEqualTo("\"a\\\\b \\\"c\\\"\"");
  }

  @Test
  void writeShouldNestListsWhenGivenEmptyAndNil() {
    assertThat(written(ImapValue.list(ImapValue.list(), ImapValue.NIL, ImapValue.str(null))))
        .isEqualTo("(() NIL NIL)");
  }
}
