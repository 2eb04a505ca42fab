package org.jadepost.mailbox.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jadepost.mailbox.entity.MailSearch;

/**
 * Turns a {@link MailSearch} into a Lucene query, always confined to one account's folders. Each
 * space-separated word of a criterion must match, as a phrase of its tokens (so {@code 会议安排} means
 * those four characters in a row, not any of their pairs).
 */
public final class SearchQueries {

  private static final List<String> ANYWHERE =
      List.of(
          SearchIndex.SUBJECT,
          SearchIndex.FROM,
          SearchIndex.TO,
          SearchIndex.BODY,
          SearchIndex.ATTACHMENT);

  private static final QueryBuilder PHRASES = new QueryBuilder(MailAnalyzer.forQuery());

  private SearchQueries() {}

  /** The query for {@code search} over {@code folderIds} of account {@code accountId}. */
  public static Query of(long accountId, Collection<Long> folderIds, MailSearch search) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(SearchIndex.ACCOUNT, Long.toString(accountId))), Occur.FILTER);
    query.add(
        new TermInSetQuery(
            SearchIndex.FOLDER, folderIds.stream().map(id -> new BytesRef(id.toString())).toList()),
        Occur.FILTER);
    words(search.text(), ANYWHERE, query);
    words(search.from(), List.of(SearchIndex.FROM), query);
    words(search.to(), List.of(SearchIndex.TO), query);
    words(search.subject(), List.of(SearchIndex.SUBJECT), query);
    words(search.attachment(), List.of(SearchIndex.ATTACHMENT), query);
    if (search.after() != null || search.before() != null) {
      long from = search.after() == null ? Long.MIN_VALUE : search.after().toEpochMilli();
      long to = search.before() == null ? Long.MAX_VALUE : search.before().toEpochMilli() - 1;
      query.add(LongPoint.newRangeQuery(SearchIndex.DATE, from, to), Occur.FILTER);
    }
    return query.build();
  }

  /** Messages of folder {@code folderId} whose body holds {@code text} (as a phrase). */
  public static Query body(long accountId, long folderId, String text) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(SearchIndex.ACCOUNT, Long.toString(accountId))), Occur.FILTER);
    query.add(new TermQuery(new Term(SearchIndex.FOLDER, Long.toString(folderId))), Occur.FILTER);
    query.add(
        Optional.ofNullable(PHRASES.createPhraseQuery(SearchIndex.BODY, text))
            .orElseGet(MatchNoDocsQuery::new),
        Occur.MUST);
    return query.build();
  }

  // Every word must match in one of the fields.
  private static void words(String text, List<String> fields, BooleanQuery.Builder query) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String word : text.strip().split("\\s+")) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      boolean tokens = false;
      for (String field : fields) {
        Optional<Query> phrase = Optional.ofNullable(PHRASES.createPhraseQuery(field, word));
        phrase.ifPresent(p -> anyField.add(p, Occur.SHOULD));
        tokens |= phrase.isPresent();
      }
      // A word of punctuation only has no tokens: it cannot match anything.
      query.add(tokens ? anyField.build() : new MatchNoDocsQuery(), Occur.MUST);
    }
  }
}
