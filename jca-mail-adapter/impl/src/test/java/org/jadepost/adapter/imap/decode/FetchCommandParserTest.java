package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.adapter.imap.request.FetchItem;
import org.jadepost.adapter.imap.request.FetchRequest;
import org.junit.jupiter.api.Test;

class FetchCommandParserTest {

  private static FetchRequest parse(String arguments) throws DecodingException {
    ArgumentReader args =
        new ArgumentReader(CommandInput.of(arguments.getBytes(StandardCharsets.UTF_8)));
    return (FetchRequest) new FetchCommandParser(true).parse("a1", args);
  }

  @Test
  void parseShouldReadSectionsWithPartialsWhenGivenBodyPeek() throws Exception {
    FetchRequest request = parse(" 1:* (FLAGS BODY.PEEK[1.2.HEADER.FIELDS (Subject From)]<0.100>)");
    assertThat(request.items()).hasSize(3);
    FetchItem section = request.items().get(2);
    assertThat(section.part()).isEqualTo(List.of(1, 2));
    assertThat(section.specifier()).isEqualTo("HEADER.FIELDS");
    assertThat(section.fields()).containsExactly("SUBJECT", "FROM");
    assertThat(section.peek()).isTrue();
    assertThat(section.partialStart()).isZero();
    assertThat(section.partialLength()).isEqualTo(100);
    assertThat(request.items().get(0).kind()).isEqualTo(FetchItem.Kind.UID);
  }

  @Test
  void parseShouldExpandMacrosWhenGivenAll() throws Exception {
    assertThat(parse(" 1 ALL").items())
        .extracting(FetchItem::kind)
        .containsExactly(
            FetchItem.Kind.UID,
            FetchItem.Kind.FLAGS,
            FetchItem.Kind.INTERNALDATE,
            FetchItem.Kind.RFC822_SIZE,
            FetchItem.Kind.ENVELOPE);
  }

  @Test
  void parseShouldFailWhenParenthesesAreUnbalanced() {
    assertThatThrownBy(() -> parse(" 1 (FLAGS UID")).isInstanceOf(DecodingException.class);
  }

  @Test
  void parseShouldFailWhenSequenceSetHasZero() {
    assertThatThrownBy(() -> parse(" 0:3 FLAGS")).isInstanceOf(DecodingException.class);
  }
}
