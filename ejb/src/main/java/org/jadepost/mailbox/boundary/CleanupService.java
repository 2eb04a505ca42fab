package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.CleanupSearch;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MessageCopier;
import org.jadepost.mailbox.entity.CleanupQuery;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MessageRef;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.TaggedMessage;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Mailbox cleanup (FEATURES K1): scan chosen folders by date range, size and subject, and move what
 * the user picks from the result to Deleted, at most {@link #MAX_DELETE} at once.
 */
@Stateless
public class CleanupService {

  /** The most messages one cleanup deletes. */
  public static final int MAX_DELETE = 200;

  /** The most messages a scan shows. */
  public static final int MAX_SCAN = 1000;

  @Inject AccountStore accounts;
  @Inject FolderStore folders;
  @Inject CleanupSearch search;
  @Inject MessageCopier copier;

  /**
   * The caller's messages matching {@code query}, newest first, at most {@link #MAX_SCAN}.
   *
   * @throws InvalidRequestException {@code cleanup.folders.none} without a folder
   * @throws org.jadepost.platform.entity.NotFoundException {@code folder.notfound} for a folder
   *     that is not the caller's
   */
  public List<TaggedMessage> scan(Actor actor, CleanupQuery query) {
    Account account = accounts.own(actor);
    if (query.folders().isEmpty()) {
      throw new InvalidRequestException("cleanup.folders.none", "Choose at least one folder");
    }
    List<MailFolder> scanned =
        query.folders().stream().distinct().map(id -> folders.requireOwned(account, id)).toList();
    return search.find(scanned, query, MAX_SCAN).stream().map(TaggedMessage::of).toList();
  }

  /**
   * Moves the caller's messages {@code refs} to Deleted; returns how many moved. Messages already
   * in Deleted stay.
   *
   * @throws InvalidRequestException {@code cleanup.limit} for more than {@link #MAX_DELETE}
   */
  public int delete(Actor actor, List<MessageRef> refs) {
    if (refs.size() > MAX_DELETE) {
      throw new InvalidRequestException(
          "cleanup.limit",
          "At most " + MAX_DELETE + " messages at once, not " + refs.size(),
          String.valueOf(MAX_DELETE),
          String.valueOf(refs.size()));
    }
    Account account = accounts.own(actor);
    MailFolder trash = folders.lockSystem(account, SpecialUse.TRASH);
    Map<Long, long[]> byFolder =
        refs.stream()
            .collect(
                Collectors.groupingBy(
                    MessageRef::folderId,
                    LinkedHashMap::new,
                    Collectors.collectingAndThen(
                        Collectors.toList(),
                        l -> l.stream().mapToLong(MessageRef::uid).toArray())));
    int moved = 0;
    for (Map.Entry<Long, long[]> entry : byFolder.entrySet()) {
      MailFolder folder = folders.lockOwned(account, entry.getKey());
      if (!folder.getId().equals(trash.getId())) {
        moved += copier.move(folder, UidSet.of(entry.getValue()), trash).sourceUids().length;
      }
    }
    return moved;
  }
}
