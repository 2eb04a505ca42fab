package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jadepost.mailbox.control.SearchIndex.Entry;
import org.jadepost.mailbox.control.SearchIndex.FolderMark;
import org.jadepost.mailbox.control.SearchIndex.Found;
import org.jadepost.mailbox.entity.MailSearch;
import org.jadepost.platform.control.DataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  private static final long ALICE = 1;
  private static final long BOB = 2;
  private static final long INBOX = 10;
  private static final long SENT = 11;
  private static final long BOB_INBOX = 20;
  private static final Instant DAY = Instant.parse("2026-11-20T08:00:00Z");

  @TempDir Path home;
  private SearchIndex index;

  @BeforeEach
  void open() {
    index = new SearchIndex();
    index.data =
        new DataDirectory() {
          @Override
          public Path resolve(String name) {
            return home.resolve(name);
          }
        };
    index.apply(
        INBOX,
        false,
        List.of(
            entry(ALICE, INBOX, 1, 0, "关于星河项目会议的安排", "李娜 lina@partner.example", "第三季度预算。"),
            entry(
                ALICE,
                INBOX,
                2,
                1,
                "Invoice 42 for project Atlas",
                "Carol Li carol@x.example",
                "Please pay the INVOICE by Friday."),
            new Entry(
                ALICE,
                INBOX,
                3,
                millis(2),
                "报价",
                "sales@y.example",
                "",
                "见附件",
                List.of("2026年报价单.xlsx"))),
        new long[0],
        new FolderMark(7, 4, 3));
    index.apply(
        SENT,
        false,
        List.of(entry(ALICE, SENT, 1, 3, "Re: 会议", "alice@a.example", "好的")),
        new long[0],
        new FolderMark(8, 2, 1));
    index.apply(
        BOB_INBOX,
        false,
        List.of(entry(BOB, BOB_INBOX, 1, 0, "星河项目会议", "lina@partner.example", "invoice")),
        new long[0],
        new FolderMark(9, 2, 1));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void chineseShouldBeFoundAnywhereInAWordButOnlyInARow() {
    assertThat(search(MailSearch.anywhere("会议"))).containsExactly(found(SENT, 1), found(INBOX, 1));
    assertThat(search(MailSearch.anywhere("星河项目"))).containsExactly(found(INBOX, 1));
    assertThat(search(MailSearch.anywhere("会"))).as("one character").hasSize(2);
    assertThat(search(MailSearch.anywhere("会议安排"))).as("not in a row").isEmpty();
    assertThat(search(MailSearch.anywhere("预算"))).as("the body").containsExactly(found(INBOX, 1));
  }

  @Test
  void wordsShouldMatchWholeWordsInAnyCaseAndAllBeRequired() {
    assertThat(search(MailSearch.anywhere("invoice"))).containsExactly(found(INBOX, 2));
    assertThat(search(MailSearch.anywhere("INVOICE atlas"))).containsExactly(found(INBOX, 2));
    assertThat(search(MailSearch.anywhere("invoice 会议"))).isEmpty();
    assertThat(search(MailSearch.anywhere("invo"))).as("not a part of a word").isEmpty();
    assertThat(search(MailSearch.anywhere("!!"))).isEmpty();
  }

  @Test
  void fieldCriteriaShouldLookOnlyInTheirField() {
    assertThat(search(criteria(null, "carol", null, null))).containsExactly(found(INBOX, 2));
    assertThat(search(criteria(null, "李娜", null, null))).containsExactly(found(INBOX, 1));
    assertThat(search(criteria(null, null, "invoice", null))).containsExactly(found(INBOX, 2));
    assertThat(search(criteria(null, null, "预算", null))).as("body is not subject").isEmpty();
    assertThat(search(criteria(null, null, null, "报价单"))).containsExactly(found(INBOX, 3));
  }

  @Test
  void searchesShouldStayInTheGivenAccountFoldersAndDates() {
    assertThat(index.search(SearchQueries.of(ALICE, List.of(SENT), MailSearch.anywhere("会议")), 10))
        .containsExactly(found(SENT, 1));
    assertThat(
            index.search(
                SearchQueries.of(BOB, List.of(INBOX, BOB_INBOX), MailSearch.anywhere("invoice")),
                10))
        .as("bob's query over alice's folder id finds only bob's")
        .containsExactly(found(BOB_INBOX, 1));
    MailSearch dated =
        new MailSearch("会", null, null, null, null, DAY.plusSeconds(3600), null, null, null);
    assertThat(search(dated)).containsExactly(found(SENT, 1));
  }

  @Test
  void expungedMessagesAndANewUidValidityShouldLeaveTheIndex() {
    index.apply(INBOX, false, List.of(), new long[] {2}, new FolderMark(7, 4, 5));
    assertThat(search(MailSearch.anywhere("invoice"))).isEmpty();
    assertThat(index.mark(INBOX)).isEqualTo(new FolderMark(7, 4, 5));

    index.apply(SENT, true, List.of(), new long[0], new FolderMark(99, 1, 0));
    assertThat(search(MailSearch.anywhere("好的"))).isEmpty();
    assertThat(index.mark(SENT)).isEqualTo(new FolderMark(99, 1, 0));
    assertThat(index.mark(12345)).isEqualTo(FolderMark.NONE);
  }

  @Test
  void marksAndHitsShouldBeRightBeforeAndAfterTheSearcherIsReopened() {
    index.apply(
        INBOX,
        false,
        List.of(entry(ALICE, INBOX, 4, 4, "Atlas follow-up", "ops@x.example", "Next steps.")),
        new long[0],
        new FolderMark(7, 5, 3));
    assertThat(index.mark(INBOX)).as("before any search").isEqualTo(new FolderMark(7, 5, 3));
    assertThat(search(MailSearch.anywhere("follow")))
        .as("a search sees the change at once")
        .containsExactly(found(INBOX, 4));
    assertThat(index.mark(INBOX)).as("after the reopen").isEqualTo(new FolderMark(7, 5, 3));

    index.drop(SENT);
    assertThat(index.mark(SENT)).isEqualTo(FolderMark.NONE);
    assertThat(search(MailSearch.anywhere("好的"))).isEmpty();
    assertThat(index.mark(SENT)).isEqualTo(FolderMark.NONE);
  }

  @Test
  void theIndexShouldSurviveAReopen() {
    index.close();
    open();
    index.close();
    SearchIndex reopened = new SearchIndex();
    reopened.data = index.data;
    index = reopened;

    assertThat(index.mark(INBOX)).isEqualTo(new FolderMark(7, 4, 3));
    assertThat(search(MailSearch.anywhere("atlas"))).containsExactly(found(INBOX, 2));
  }

  private List<Found> search(MailSearch search) {
    return index.search(SearchQueries.of(ALICE, List.of(INBOX, SENT), search), 10);
  }

  private static MailSearch criteria(String text, String from, String subject, String attachment) {
    return new MailSearch(text, from, null, subject, attachment, null, null, null, null);
  }

  private static Entry entry(
      long account, long folder, long uid, int hours, String subject, String from, String body) {
    return new Entry(account, folder, uid, millis(hours), subject, from, "", body, List.of());
  }

  private static long millis(int hours) {
    return DAY.plusSeconds(hours * 3600L).toEpochMilli();
  }

  private static Found found(long folder, long uid) {
    return new Found(folder, uid);
  }
}
