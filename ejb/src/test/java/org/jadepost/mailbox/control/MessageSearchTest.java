package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jadepost.adapter.api.imap.SearchKey;
import org.junit.jupiter.api.Test;

class MessageSearchTest {

  @Test
  void hanBodyShouldTakeARequiredBodyOfChineseCharactersOnly() {
    assertThat(MessageSearch.hanBody(new SearchKey.Text("会议", true))).contains("会议");
    assertThat(
            MessageSearch.hanBody(
                new SearchKey.And(List.of(new SearchKey.All(), new SearchKey.Text("预算", true)))))
        .contains("预算");
  }

  @Test
  void hanBodyShouldLeaveEveryOtherKeyToTheFullScan() {
    assertThat(MessageSearch.hanBody(new SearchKey.Text("会议", false))).as("TEXT").isEmpty();
    assertThat(MessageSearch.hanBody(new SearchKey.Text("invoice", true))).isEmpty();
    assertThat(MessageSearch.hanBody(new SearchKey.Text("会议 2", true))).as("mixed").isEmpty();
    assertThat(MessageSearch.hanBody(new SearchKey.Text("", true))).isEmpty();
    assertThat(MessageSearch.hanBody(new SearchKey.Not(new SearchKey.Text("会议", true)))).isEmpty();
    assertThat(
            MessageSearch.hanBody(
                new SearchKey.Or(new SearchKey.Text("会议", true), new SearchKey.All())))
        .isEmpty();
  }
}
