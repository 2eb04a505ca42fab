package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.jadepost.adapter.imap.request.AppendRequest;
import org.junit.jupiter.api.Test;

class AppendCommandParserTest {

  private static final Path SPOOL = Path.of("/tmp/spool-1");

  @Test
  void parseShouldReadFlagsAndDateWhenBothAreGiven() throws Exception {
    AppendRequest request =
        Parsing.parseStreamed(
            new AppendCommandParser(),
            " \"已发送\" (\\Seen $Work) \"01-Mar-2024 10:00:00 +0100\" {42}",
            "{42}",
            SPOOL,
            42,
            AppendRequest.class);

    assertThat(request.mailbox()).isEqualTo("已发送");
    assertThat(request.flags()).containsExactly("\\Seen", "$Work");
    assertThat(request.date()).contains(Instant.parse("2024-03-01T09:00:00Z"));
    assertThat(request.spool()).isEqualTo(SPOOL);
    assertThat(request.size()).isEqualTo(42);
  }

  @Test
  void parseShouldFailWhenTheMessageIsNotALiteral() {
    assertThatThrownBy(
            () -> Parsing.parse(new AppendCommandParser(), " INBOX \"text\"", AppendRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
