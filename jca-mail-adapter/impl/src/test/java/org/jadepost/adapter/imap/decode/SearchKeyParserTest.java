package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.adapter.api.imap.SearchKey.DateComparison;
import org.jadepost.adapter.imap.request.SearchCriterion;
import org.junit.jupiter.api.Test;

class SearchKeyParserTest {

  private static SearchKeyParser parser(String keys) {
    return new SearchKeyParser(
        new ArgumentReader(CommandInput.of(keys.getBytes(StandardCharsets.UTF_8))));
  }

  private static SearchCriterion key(String keys) throws DecodingException {
    return parser(keys).key();
  }

  @Test
  void keyShouldRewriteShorthandsWhenTheyNameHeadersAndFlags() throws Exception {
    assertThat(key("UNSEEN"))
        .isEqualTo(new SearchCriterion.Key(new SearchKey.Flag(ImapFlag.SEEN, false)));
    assertThat(key("HEADER X-Mailer Foxmail"))
        .isEqualTo(new SearchCriterion.Key(new SearchKey.Header("X-Mailer", "Foxmail")));
    assertThat(key("BODY \"季度报告\""))
        .isEqualTo(new SearchCriterion.Key(new SearchKey.Text("季度报告", true)));
  }

  @Test
  void keyShouldReadDatesAndSizesWhenGiven() throws Exception {
    assertThat(key("SENTSINCE 1-Feb-2024"))
        .isEqualTo(
            new SearchCriterion.Key(
                new SearchKey.Date(DateComparison.SINCE, LocalDate.of(2024, 2, 1), true)));
    assertThat(key("LARGER 1024"))
        .isEqualTo(new SearchCriterion.Key(new SearchKey.Size(1024, true)));
  }

  @Test
  void keyShouldNoteModseqWhenTheClientSearchesByIt() throws Exception {
    SearchKeyParser parser = parser("MODSEQ 42");

    assertThat(parser.key()).isEqualTo(new SearchCriterion.Key(new SearchKey.ModSeq(42)));
    assertThat(parser.usedModseq()).isTrue();
  }

  @Test
  void keyShouldGroupWhenParenthesised() throws Exception {
    SearchCriterion.All group = (SearchCriterion.All) key("(SEEN 2:4)");

    assertThat(group.criteria().get(0))
        .isEqualTo(new SearchCriterion.Key(new SearchKey.Flag(ImapFlag.SEEN, true)));
    SearchCriterion.Sequence sequence = (SearchCriterion.Sequence) group.criteria().get(1);
    assertThat(sequence.uid()).isFalse();
    assertThat(sequence.set().ranges()).containsExactly(new long[] {2, 4});
  }

  @Test
  void keyShouldFailWhenNestedTooDeeply() {
    assertThatThrownBy(() -> key("(".repeat(60) + "ALL" + ")".repeat(60)))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void keyShouldFailWhenTheDateIsInvalid() {
    assertThatThrownBy(() -> key("ON 31-Feb-2024")).isInstanceOf(DecodingException.class);
  }
}
