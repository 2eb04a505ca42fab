package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.adapter.api.imap.SearchKey.DateComparison;
import org.jadepost.adapter.api.imap.UidRange;
import org.junit.jupiter.api.Test;

class SearchEvaluatorTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String RAW =
      "From: 王小明 <wang@example.com>\r\nTo: 李雷 <li@example.cn>\r\n"
          + "Date: Sat, 28 Nov 2026 01:30:00 +0800\r\nSubject: 季度报告\r\n"
          + "Content-Type: text/plain; charset=utf-8\r\n\r\n请在周五之前审阅预算。\r\n";

  private final AtomicInteger reads = new AtomicInteger();
  private final SearchEvaluator evaluator =
      new SearchEvaluator(
          SHANGHAI,
          c -> {
            reads.incrementAndGet();
            try {
              return Optional.of(
                  MessageText.parse(
                      new ByteArrayInputStream(RAW.getBytes(StandardCharsets.UTF_8))));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
  // Arrived 2026-11-27 17:00 UTC: already the 28th in Shanghai.
  private final SearchCandidate message =
      new SearchCandidate(
          42,
          ImapFlag.SEEN.bit(),
          List.of("$Important"),
          17,
          Instant.parse("2026-11-27T17:00:00Z"),
          2048,
          "季度报告",
          "王小明 <wang@example.com>",
          "li@example.cn",
          "b");

  @Test
  void subjectAndFromShouldBeAnsweredFromTheColumnsWithoutReadingTheMessage() {
    assertThat(matches(new SearchKey.Header("SUBJECT", "报告"))).isTrue();
    assertThat(matches(new SearchKey.Header("From", "WANG@"))).isTrue();
    assertThat(matches(new SearchKey.Header("From", "李"))).isFalse();
    assertThat(reads).hasValue(0);
  }

  @Test
  void toShouldFindDisplayNamesInTheMessageWhenTheColumnHasOnlyAddresses() {
    assertThat(matches(new SearchKey.Header("To", "li@example"))).isTrue();
    assertThat(reads).hasValue(0);
    assertThat(matches(new SearchKey.Header("To", "李雷"))).isTrue();
    assertThat(reads).hasValue(1);
  }

  @Test
  void bodyAndTextShouldMatchChineseText() {
    assertThat(matches(new SearchKey.Text("预算", true))).isTrue();
    assertThat(matches(new SearchKey.Text("季度", true))).isFalse();
    assertThat(matches(new SearchKey.Text("季度", false))).isTrue();
  }

  @Test
  void andShouldNotReadTheMessageWhenACheapKeyFails() {
    SearchKey key =
        new SearchKey.And(
            List.of(new SearchKey.Text("预算", true), new SearchKey.Flag(ImapFlag.SEEN, false)));

    assertThat(matches(key)).isFalse();
    assertThat(reads).hasValue(0);
  }

  @Test
  void flagsKeywordsSizeUidsAndModseqShouldComeFromTheRow() {
    assertThat(matches(new SearchKey.Flag(ImapFlag.SEEN, true))).isTrue();
    assertThat(matches(new SearchKey.Flag(ImapFlag.DELETED, true))).isFalse();
    assertThat(matches(new SearchKey.Keyword("$important", true))).isTrue();
    assertThat(matches(new SearchKey.Size(2000, true))).isTrue();
    assertThat(matches(new SearchKey.Size(2048, false))).isFalse();
    assertThat(matches(new SearchKey.Uids(List.of(new UidRange(1, 10), new UidRange(40, 50)))))
        .isTrue();
    assertThat(matches(new SearchKey.ModSeq(18))).isFalse();
    assertThat(matches(new SearchKey.Not(new SearchKey.All()))).isFalse();
    assertThat(
            matches(
                new SearchKey.Or(
                    new SearchKey.Flag(ImapFlag.DRAFT, true), new SearchKey.Size(1, true))))
        .isTrue();
  }

  @Test
  void internalDateShouldBeComparedAsADayInTheServerZone() {
    LocalDate day = LocalDate.of(2026, 11, 28);

    assertThat(matches(new SearchKey.Date(DateComparison.ON, day, false))).isTrue();
    assertThat(matches(new SearchKey.Date(DateComparison.SINCE, day, false))).isTrue();
    assertThat(matches(new SearchKey.Date(DateComparison.BEFORE, day, false))).isFalse();
  }

  @Test
  void sentDateShouldBeTheDayOfTheDateHeaderInItsOwnZone() {
    assertThat(matches(new SearchKey.Date(DateComparison.ON, LocalDate.of(2026, 11, 28), true)))
        .isTrue();
    assertThat(SearchEvaluator.sentDay("27 Nov 2026 23:59:59 -0500 (EST)"))
        .contains(LocalDate.of(2026, 11, 27));
    assertThat(SearchEvaluator.sentDay("Fri, 27 Nov 2026 9:05 GMT"))
        .contains(LocalDate.of(2026, 11, 27));
    assertThat(SearchEvaluator.sentDay("not a date")).isEmpty();
  }

  @Test
  void rangeShouldNarrowTheQueryToATopLevelUidSet() {
    SearchKey key =
        new SearchKey.And(
            List.of(
                new SearchKey.Uids(List.of(new UidRange(5, 9), new UidRange(20, 30))),
                new SearchKey.Flag(ImapFlag.SEEN, true)));

    assertThat(MessageSearch.range(key)).containsExactly(5, 30);
    assertThat(MessageSearch.range(new SearchKey.All())).containsExactly(1, Long.MAX_VALUE);
  }

  @Test
  void readsHeadersShouldBeTrueOnlyWhenAKeyNeedsHeadersOrText() {
    SearchKey flags =
        new SearchKey.And(
            List.of(
                new SearchKey.Flag(ImapFlag.SEEN, false),
                new SearchKey.Not(new SearchKey.Size(10, true)),
                new SearchKey.Date(DateComparison.SINCE, LocalDate.of(2026, 1, 1), false)));

    assertThat(SearchEvaluator.readsHeaders(flags)).isFalse();
    assertThat(
            SearchEvaluator.readsHeaders(
                new SearchKey.Or(flags, new SearchKey.Header("Subject", "报价"))))
        .isTrue();
    assertThat(
            SearchEvaluator.readsHeaders(
                new SearchKey.Not(
                    new SearchKey.Date(DateComparison.ON, LocalDate.of(2026, 1, 1), true))))
        .isTrue();
  }

  private boolean matches(SearchKey key) {
    return evaluator.matches(key, message);
  }
}
