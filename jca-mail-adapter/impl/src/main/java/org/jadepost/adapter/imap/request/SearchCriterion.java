package org.jadepost.adapter.imap.request;

import java.util.List;
import org.jadepost.adapter.api.imap.SearchKey;

/**
 * A SEARCH key as parsed, before the session resolves message numbers: the application's {@link
 * SearchKey} for everything it can evaluate, plus sequence sets that only the session can turn into
 * UIDs.
 */
public sealed interface SearchCriterion {

  /** A key the application evaluates as it is. */
  record Key(SearchKey key) implements SearchCriterion {}

  /** A sequence set of message numbers ({@code uid} false) or UIDs. */
  record Sequence(SequenceSet set, boolean uid) implements SearchCriterion {}

  /** The recent messages ({@code RECENT}, {@code NEW} with UNSEEN). */
  record Recent(boolean recent) implements SearchCriterion {}

  /** All of these. */
  record All(List<SearchCriterion> criteria) implements SearchCriterion {
    /** Copies the list. */
    public All {
      criteria = List.copyOf(criteria);
    }
  }

  /** Either. */
  record Either(SearchCriterion left, SearchCriterion right) implements SearchCriterion {}

  /** Not. */
  record Negation(SearchCriterion criterion) implements SearchCriterion {}
}
