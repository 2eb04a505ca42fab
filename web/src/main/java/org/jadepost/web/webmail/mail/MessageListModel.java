package org.jadepost.web.webmail.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.entity.MessagePage;
import org.jadepost.mailbox.entity.MessageSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The message list as a lazy PrimeFaces model over keyset pages: it remembers the cursor where each
 * page it has shown ends, so "next" and "previous" cost one indexed query each, and the row count
 * comes from the folder row (no COUNT over the folder). A jump further than one page ahead walks
 * the pages in between.
 */
public class MessageListModel extends LazyDataModel<MailRow> {

  private static final long serialVersionUID = 1L;
  private static final int MAX_REMEMBERED = 2000;

  private final MailReader reader;
  private final Actor actor;
  private final long folderId;
  private final int count;
  private final Map<Integer, String> cursors = new HashMap<>();
  private String sortKey = "";
  // Rows of the pages shown so far, so a selection kept across pages still resolves its keys.
  private final Map<String, MailRow> seen =
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MailRow> eldest) {
          return size() > MAX_REMEMBERED;
        }
      };

  MessageListModel(MailReader reader, Actor actor, long folderId, int count) {
    this.reader = reader;
    this.actor = actor;
    this.folderId = folderId;
    this.count = count;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return count;
  }

  @Override
  public List<MailRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta meta = sortBy.values().stream().findFirst().orElse(null);
    MessageSort sort = sort(meta);
    boolean ascending = meta != null && meta.getOrder() == SortOrder.ASCENDING;
    String key = sort + ":" + ascending + ":" + pageSize;
    if (!key.equals(sortKey)) {
      cursors.clear();
      cursors.put(0, null);
      sortKey = key;
    }
    int page = first / pageSize;
    int known = cursors.keySet().stream().filter(p -> p <= page).max(Integer::compare).orElse(0);
    MessagePage loaded = null;
    for (int p = known; p <= page; p++) {
      loaded = reader.list(actor, folderId, sort, ascending, cursors.get(p), pageSize);
      if (loaded.nextCursor() == null) {
        break;
      }
      cursors.put(p + 1, loaded.nextCursor());
    }
    List<MailRow> rows = MailRow.of(folderId, loaded.messages());
    rows.forEach(r -> seen.put(getRowKey(r), r));
    return rows;
  }

  private static MessageSort sort(SortMeta meta) {
    if (meta == null) {
      return MessageSort.DATE;
    }
    return switch (Objects.toString(meta.getField(), "")) {
      case "fromAddress" -> MessageSort.SENDER;
      case "subject" -> MessageSort.SUBJECT;
      case "sizeBytes" -> MessageSort.SIZE;
      default -> MessageSort.DATE;
    };
  }

  @Override
  public String getRowKey(MailRow row) {
    return row.getKey();
  }

  @Override
  public MailRow getRowData(String rowKey) {
    return seen.get(rowKey);
  }
}
