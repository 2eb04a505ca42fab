package org.jadepost.web.webmail.mail;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A bounded list that may span folders, as the list shows it: the hits of a search (at most {@code
 * SearchService.MAX_HITS}) or the messages of a tag (at most {@code TagService.MAX_LIST}), newest
 * first, sortable like a folder's own list. The boundary caps the rows, so sorting them here never
 * touches more than a few hundred.
 */
public class SearchListModel extends LazyDataModel<MailRow> {

  private static final long serialVersionUID = 1L;

  private final List<MailRow> hits;

  SearchListModel(List<MailRow> hits) {
    this.hits = List.copyOf(hits);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return hits.size();
  }

  @Override
  public List<MailRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<MailRow> sorted = hits;
    SortMeta meta = sortBy.values().stream().findFirst().orElse(null);
    if (meta != null && meta.getOrder() != SortOrder.UNSORTED) {
      Comparator<MailRow> order = order(Objects.toString(meta.getField(), ""));
      sorted =
          hits.stream()
              .sorted(meta.getOrder() == SortOrder.ASCENDING ? order : order.reversed())
              .toList();
    }
    return sorted.subList(
        Math.min(first, sorted.size()), Math.min(first + pageSize, sorted.size()));
  }

  private static Comparator<MailRow> order(String field) {
    return switch (field) {
      case "fromAddress" ->
          Comparator.comparing(
              m -> Objects.toString(m.getFromAddress(), ""), String.CASE_INSENSITIVE_ORDER);
      case "subject" ->
          Comparator.comparing(
              m -> Objects.toString(m.getSubject(), ""), String.CASE_INSENSITIVE_ORDER);
      case "sizeBytes" -> Comparator.comparingLong(MailRow::getSizeBytes);
      default -> Comparator.comparing(MailRow::getInternalDate);
    };
  }

  @Override
  public String getRowKey(MailRow row) {
    return row.getKey();
  }

  @Override
  public MailRow getRowData(String rowKey) {
    return hits.stream().filter(m -> m.getKey().equals(rowKey)).findFirst().orElse(null);
  }
}
