package org.jadepost.web.webmail.mail;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jadepost.mailbox.entity.MessageSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The hits of a search in the open folder as the list shows them: at most {@code
 * SearchService.MAX_HITS}, newest first, sortable like the folder's own list.
 */
public class SearchListModel extends LazyDataModel<MessageSummary> {

  private static final long serialVersionUID = 1L;

  private final List<MessageSummary> hits;

  SearchListModel(List<MessageSummary> hits) {
    this.hits = List.copyOf(hits);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return hits.size();
  }

  @Override
  public List<MessageSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<MessageSummary> sorted = hits;
    SortMeta meta = sortBy.values().stream().findFirst().orElse(null);
    if (meta != null && meta.getOrder() != SortOrder.UNSORTED) {
      Comparator<MessageSummary> order = order(Objects.toString(meta.getField(), ""));
      sorted =
          hits.stream()
              .sorted(meta.getOrder() == SortOrder.ASCENDING ? order : order.reversed())
              .toList();
    }
    return sorted.subList(
        Math.min(first, sorted.size()), Math.min(first + pageSize, sorted.size()));
  }

  private static Comparator<MessageSummary> order(String field) {
    return switch (field) {
      case "fromAddress" ->
          Comparator.comparing(
              m -> Objects.toString(m.fromAddress(), ""), String.CASE_INSENSITIVE_ORDER);
      case "subject" ->
          Comparator.comparing(
              m -> Objects.toString(m.subject(), ""), String.CASE_INSENSITIVE_ORDER);
      case "sizeBytes" -> Comparator.comparingLong(MessageSummary::sizeBytes);
      default -> Comparator.comparing(MessageSummary::internalDate);
    };
  }

  @Override
  public String getRowKey(MessageSummary message) {
    return Long.toString(message.uid());
  }

  @Override
  public MessageSummary getRowData(String rowKey) {
    return hits.stream().filter(m -> getRowKey(m).equals(rowKey)).findFirst().orElse(null);
  }
}
