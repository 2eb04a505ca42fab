package org.jadepost.web.webmail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.entity.MessagePage;
import org.jadepost.mailbox.entity.MessageSort;
import org.jadepost.mailbox.entity.MessageSummary;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class MessageListModelTest {

  /** A folder of 45 messages, UIDs 45..1 newest first; cursors are the last UID shown. */
  static final class FakeReader extends MailReader {
    final List<String> cursors = new ArrayList<>();
    final List<MessageSort> sorts = new ArrayList<>();

    @Override
    public MessagePage list(
        Actor actor, long folderId, MessageSort sort, boolean ascending, String cursor, int limit) {
      cursors.add(cursor);
      sorts.add(sort);
      long from = cursor == null ? 45 : Long.parseLong(cursor) - 1;
      List<MessageSummary> page = new ArrayList<>();
      for (long uid = from; uid > 0 && page.size() < limit; uid--) {
        page.add(
            new MessageSummary(
                uid, "s" + uid, null, "a@b", "c@d", Instant.EPOCH, 10, Set.of(), false, List.of()));
      }
      long last = page.get(page.size() - 1).uid();
      return new MessagePage(page, last > 1 ? Long.toString(last) : null);
    }
  }

  private final FakeReader reader = new FakeReader();
  private final MessageListModel model = new MessageListModel(reader, null, 7, 45);

  @Test
  void loadShouldFollowKeysetCursorsForwardAndReuseThemBackward() {
    assertThat(model.load(0, 20, Map.of(), Map.of())).hasSize(20);
    assertThat(model.load(20, 20, Map.of(), Map.of()).get(0).getUid()).isEqualTo(25);
    assertThat(model.load(40, 20, Map.of(), Map.of()))
        .extracting(MailRow::getUid)
        .containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(model.load(20, 20, Map.of(), Map.of()).get(0).getUid()).isEqualTo(25);

    assertThat(reader.cursors).containsExactly(null, "26", "6", "26");
    assertThat(model.count(Map.of())).isEqualTo(45);
  }

  @Test
  void loadShouldWalkPagesInBetweenWhenJumpingAhead() {
    assertThat(model.load(40, 20, Map.of(), Map.of())).hasSize(5);

    assertThat(reader.cursors).containsExactly(null, "26", "6");
  }

  @Test
  void loadShouldStartOverWhenSortChangesAndMapColumnsToSorts() {
    model.load(20, 20, Map.of(), Map.of());
    SortMeta bySubject = SortMeta.builder().field("subject").order(SortOrder.ASCENDING).build();

    model.load(0, 20, Map.of("subject", bySubject), Map.of());

    assertThat(reader.cursors).containsExactly(null, "26", null);
    assertThat(reader.sorts).endsWith(MessageSort.SUBJECT);
  }

  @Test
  void getRowDataShouldResolveRowsOfEarlierPagesForSelectionsAcrossPages() {
    model.load(0, 20, Map.of(), Map.of());
    model.load(20, 20, Map.of(), Map.of());

    assertThat(model.getRowData("7:45")).isNotNull();
    assertThat(model.getRowData("7:25").getSubject()).isEqualTo("s25");
    assertThat(model.getRowData("7:1")).isNull();
    assertThat(model.getRowData("8:45")).as("a UID is a row only with its folder").isNull();
  }
}
