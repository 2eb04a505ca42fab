package org.jadepost.mailbox.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jadepost.platform.control.DataDirectory;

/**
 * The full-text index of every mailbox on this node (Lucene, under {@code <data dir>/search}): one
 * document per message, keyed by folder and UID, and one mark per folder saying how far the index
 * has caught up with the database ({@link FolderMark}). The database stays the truth: the index
 * only proposes candidates, which {@code SearchService} reads back from the store, so an index that
 * lags or is lost costs time, never a wrong answer; each node rebuilds its own from the shared
 * database.
 */
@ApplicationScoped
public class SearchIndex {

  static final String KEY = "key";
  static final String ACCOUNT = "account";
  static final String FOLDER = "folder";
  static final String UID = "uid";
  static final String DATE = "date";
  static final String SUBJECT = "subject";
  static final String FROM = "from";
  static final String TO = "to";
  static final String BODY = "body";
  static final String ATTACHMENT = "attachment";

  private static final String MARK = "mark";
  private static final String UID_VALIDITY = "uidValidity";
  private static final String UID_NEXT = "uidNext";
  private static final String MODSEQ = "modseq";

  @Inject DataDirectory data;

  private static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;
  private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

  private IndexWriter writer;
  private long lastCommit = System.nanoTime();
  private SearcherManager searchers;
  // Reopening the searcher writes a segment: once per message it cost half of a delivery's CPU.
  // Changes become visible at most a second later, or at once for a search; until then the marks
  // written since the last reopen are answered from here.
  private final Map<Long, FolderMark> unseenMarks = new HashMap<>();
  private long lastRefresh = System.nanoTime();

  /**
   * Where the index stands for one folder.
   *
   * @param uidValidity the folder's UIDVALIDITY when indexed
   * @param uidNext every message below this UID is indexed
   * @param modseq every expunge up to this MODSEQ is applied
   */
  public record FolderMark(long uidValidity, long uidNext, long modseq) {

    static final FolderMark NONE = new FolderMark(0, 1, 0);
  }

  /** A message of the index's text, ready to be added. */
  public record Entry(
      long accountId,
      long folderId,
      long uid,
      long receivedMillis,
      String subject,
      String from,
      String to,
      String body,
      List<String> attachments) {}

  /** A message a query found. */
  public record Found(long folderId, long uid) {}

  /** The mark of {@code folderId}, or one that says nothing is indexed. */
  public synchronized FolderMark mark(long folderId) {
    FolderMark unseen = unseenMarks.get(folderId);
    if (unseen != null) {
      return unseen;
    }
    return withSearcher(
        false,
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(MARK, key(folderId))), 1);
          if (top.scoreDocs.length == 0) {
            return FolderMark.NONE;
          }
          Document mark = searcher.storedFields().document(top.scoreDocs[0].doc);
          return new FolderMark(
              mark.getField(UID_VALIDITY).numericValue().longValue(),
              mark.getField(UID_NEXT).numericValue().longValue(),
              mark.getField(MODSEQ).numericValue().longValue());
        });
  }

  /**
   * Adds {@code entries}, removes the messages {@code expunged} and sets the folder's mark, in one
   * commit; {@code restart} first removes everything of the folder (a new UIDVALIDITY).
   */
  public synchronized void apply(
      long folderId, boolean restart, List<Entry> entries, long[] expunged, FolderMark mark) {
    try {
      IndexWriter index = writer();
      if (restart) {
        index.deleteDocuments(new Term(FOLDER, Long.toString(folderId)));
      }
      for (long uid : expunged) {
        index.deleteDocuments(new Term(KEY, key(folderId, uid)));
      }
      for (Entry entry : entries) {
        index.updateDocument(new Term(KEY, key(folderId, entry.uid())), document(entry));
      }
      index.updateDocument(new Term(MARK, key(folderId)), mark(folderId, mark));
      unseenMarks.put(folderId, mark);
      commitNowAndThen();
      refreshNowAndThen();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the search index", e);
    }
  }

  /** Removes every message of {@code folderId} and its mark (the folder is gone). */
  public synchronized void drop(long folderId) {
    try {
      writer().deleteDocuments(new Term(FOLDER, Long.toString(folderId)));
      writer().deleteDocuments(new Term(MARK, key(folderId)));
      unseenMarks.put(folderId, FolderMark.NONE);
      commitNowAndThen();
      refreshNowAndThen();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the search index", e);
    }
  }

  /** The first {@code limit} messages matching {@code query}, newest first, every change seen. */
  public List<Found> search(Query query, int limit) {
    return withSearcher(
        true,
        searcher -> {
          Sort newest = new Sort(new SortField(DATE, SortField.Type.LONG, true));
          TopDocs top = searcher.search(query, limit, newest);
          StoredFields stored = searcher.storedFields();
          List<Found> found = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            Document document = stored.document(hit.doc);
            found.add(
                new Found(
                    Long.parseLong(document.get(FOLDER)),
                    document.getField(UID).numericValue().longValue()));
          }
          return found;
        });
  }

  @PreDestroy
  synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close(); // commits
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  // everyChange: reopen first if the searcher misses changes (a search); a mark needs no reopen.
  private <T> T withSearcher(boolean everyChange, SearcherWork<T> work) {
    try {
      synchronized (this) {
        writer();
        if (everyChange && !unseenMarks.isEmpty()) {
          refresh();
        }
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index", e);
    }
  }

  // A commit fsyncs; searches see changes before it (near real time). A crash loses what came
  // after the last commit, marks included, so the lost part is simply indexed again.
  private void commitNowAndThen() throws IOException {
    long now = System.nanoTime();
    if (now - lastCommit > COMMIT_INTERVAL_NANOS) {
      writer.commit();
      lastCommit = now;
    }
  }

  private void refreshNowAndThen() throws IOException {
    if (System.nanoTime() - lastRefresh > REFRESH_INTERVAL_NANOS) {
      refresh();
    }
  }

  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    unseenMarks.clear();
    lastRefresh = System.nanoTime();
  }

  private IndexWriter writer() throws IOException {
    if (writer == null) {
      IndexWriterConfig config = new IndexWriterConfig(MailAnalyzer.forIndex());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(FSDirectory.open(data.resolve("search")), config);
      searchers = new SearcherManager(writer, null);
    }
    return writer;
  }

  private static Document document(Entry entry) {
    Document document = new Document();
    document.add(new StringField(KEY, key(entry.folderId(), entry.uid()), Field.Store.NO));
    document.add(new StringField(ACCOUNT, Long.toString(entry.accountId()), Field.Store.NO));
    document.add(new StringField(FOLDER, Long.toString(entry.folderId()), Field.Store.YES));
    document.add(new StoredField(UID, entry.uid()));
    document.add(new LongPoint(DATE, entry.receivedMillis()));
    document.add(new NumericDocValuesField(DATE, entry.receivedMillis()));
    document.add(new TextField(SUBJECT, entry.subject(), Field.Store.NO));
    document.add(new TextField(FROM, entry.from(), Field.Store.NO));
    document.add(new TextField(TO, entry.to(), Field.Store.NO));
    document.add(new TextField(BODY, entry.body(), Field.Store.NO));
    for (String name : entry.attachments()) {
      document.add(new TextField(ATTACHMENT, name, Field.Store.NO));
    }
    return document;
  }

  private static Document mark(long folderId, FolderMark mark) {
    Document document = new Document();
    document.add(new StringField(MARK, key(folderId), Field.Store.NO));
    document.add(new StringField(FOLDER, Long.toString(folderId), Field.Store.NO));
    document.add(new StoredField(UID_VALIDITY, mark.uidValidity()));
    document.add(new StoredField(UID_NEXT, mark.uidNext()));
    document.add(new StoredField(MODSEQ, mark.modseq()));
    return document;
  }

  private static String key(long folderId) {
    return Long.toString(folderId);
  }

  private static String key(long folderId, long uid) {
    return folderId + "/" + uid;
  }
}
