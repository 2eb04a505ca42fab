package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.adapter.imap.request.SearchCriterion;
import org.jadepost.adapter.imap.request.SearchRequest;
import org.junit.jupiter.api.Test;

class SearchCommandParserTest {

  @Test
  void parseShouldDecodeChineseWhenCharsetIsUtf8() throws Exception {
    SearchRequest request =
        Parsing.parse(
            new SearchCommandParser(true), " CHARSET UTF-8 SUBJECT {6}会议", SearchRequest.class);

    assertThat(request.uid()).isTrue();
    assertThat(request.criterion())
        .isEqualTo(new SearchCriterion.Key(new SearchKey.Header("Subject", "会议")));
  }

  @Test
  void parseShouldCombineKeysWhenSeveralAreGiven() throws Exception {
    SearchRequest request =
        Parsing.parse(
            new SearchCommandParser(false), " OR SEEN FLAGGED NOT 1:2", SearchRequest.class);

    assertThat(request.criterion()).isInstanceOf(SearchCriterion.All.class);
    assertThat(((SearchCriterion.All) request.criterion()).criteria())
        .hasSize(2)
        .first()
        .isInstanceOf(SearchCriterion.Either.class);
  }

  @Test
  void parseShouldFailWhenTheCharsetIsNotUtf8() {
    assertThatThrownBy(
            () ->
                Parsing.parse(
                    new SearchCommandParser(false), " CHARSET GB2312 ALL", SearchRequest.class))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("BADCHARSET");
  }
}
