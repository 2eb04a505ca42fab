package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.IndexCatchUp;
import org.jadepost.mailbox.control.MessageStore;
import org.jadepost.mailbox.control.SearchIndex;
import org.jadepost.mailbox.control.SearchIndexFeeder;
import org.jadepost.mailbox.control.SearchQueries;
import org.jadepost.mailbox.entity.Keywords;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailSearch;
import org.jadepost.mailbox.entity.MessageSummary;
import org.jadepost.mailbox.entity.SearchHit;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Searches a user's mail (D8) in the full-text index: catches the searched folders up first (for at
 * most {@link #CATCH_UP}; a mailbox never indexed finishes in the background), so a message
 * delivered a moment ago is found, then reads every candidate back from the store, so only messages
 * that exist now, in the caller's own folders, are ever returned.
 */
@Stateless
public class SearchService {

  /** The most hits one search returns. */
  public static final int MAX_HITS = 500;

  /** How long a search catches up folders before it answers from what is indexed. */
  static final Duration CATCH_UP = Duration.ofSeconds(2);

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

  @Inject AccountStore accounts;
  @Inject FolderStore folders;
  @Inject MessageStore messages;
  @Inject SearchIndex index;
  @Inject IndexCatchUp catchUp;
  @Inject SearchIndexFeeder feeder;

  /**
   * The caller's messages matching {@code search}, newest first, at most {@code limit}.
   *
   * @throws InvalidRequestException {@code search.empty} when nothing narrows the search
   */
  public List<SearchHit> search(Actor actor, MailSearch search, int limit) {
    if (search.isEmpty()) {
      throw new InvalidRequestException("search.empty", "Say what to search for");
    }
    Account owner = accounts.own(actor);
    List<MailFolder> searched =
        search.folderId() == null
            ? folders.of(owner)
            : List.of(folders.requireOwned(owner, search.folderId()));
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    for (MailFolder folder : searched) {
      if (!catchUp.catchUp(folder, deadline)) {
        LOG.info(() -> "Search answered before " + folder.getPath() + " was fully indexed");
        feeder.queue(folder.getId());
      }
    }
    Map<Long, MailFolder> byId =
        searched.stream().collect(Collectors.toMap(MailFolder::getId, Function.identity()));
    int wanted = Math.max(1, Math.min(limit, MAX_HITS));
    List<SearchHit> hits = new ArrayList<>();
    for (SearchIndex.Found found :
        index.search(
            SearchQueries.of(owner.getId(), byId.keySet(), search),
            search.keyword() == null ? wanted : MAX_HITS)) {
      MailFolder folder = byId.get(found.folderId());
      messages
          .find(folder, found.uid())
          .filter(
              m -> search.keyword() == null || Keywords.contains(m.getKeywords(), search.keyword()))
          .ifPresent(
              m -> hits.add(new SearchHit(folder.getId(), folder.getPath(), MessageSummary.of(m))));
      if (hits.size() == wanted) {
        break;
      }
    }
    return hits;
  }
}
