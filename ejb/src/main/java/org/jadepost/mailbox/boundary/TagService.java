package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.control.TagStore;
import org.jadepost.mailbox.entity.FlagChange;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MailTag;
import org.jadepost.mailbox.entity.TagRules;
import org.jadepost.mailbox.entity.TagSummary;
import org.jadepost.mailbox.entity.TaggedMessage;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.entity.ConflictException;

/**
 * A user's tags (FEATURES D7): up to 20, each a name and a colour; tagging and untagging messages,
 * listing the messages of a tag, and deleting a tag, which takes it off every message. A tag lives
 * on a message as an IMAP keyword, set through the same store as IMAP STORE, so IMAP sessions see
 * it at once.
 */
@Stateless
public class TagService {

  /** The most messages a list by tag returns. */
  public static final int MAX_LIST = 200;

  @Inject AccountStore accounts;
  @Inject TagStore tags;
  @Inject FolderStore folders;
  @Inject MessageChanges changes;

  /** The caller's tags, oldest first, with how many messages each marks. */
  public List<TagSummary> tags(Actor actor) {
    Account account = accounts.own(actor);
    return tags.of(account).stream()
        .map(t -> TagSummary.of(t, tags.count(account, t.getKeyword())))
        .toList();
  }

  /**
   * Creates tag {@code name} with {@code colour} ({@code #rrggbb}).
   *
   * @throws org.jadepost.platform.entity.InvalidRequestException {@code tag.limit.count}, {@code
   *     tag.name.invalid} or {@code tag.colour.invalid}
   * @throws ConflictException {@code tag.exists} for a name the caller already uses
   */
  public TagSummary create(Actor actor, String name, String colour) {
    Account account = accounts.own(actor);
    String kept = TagRules.name(name);
    String shade = TagRules.colour(colour);
    List<MailTag> existing = tags.of(account);
    requireUnique(existing, kept, null);
    TagRules.requireRoom(existing.size());
    return TagSummary.of(tags.persist(new MailTag(account, kept, shade)), 0);
  }

  /** Changes the name and colour of the caller's tag {@code tagId}; tagged messages keep it. */
  public TagSummary update(Actor actor, long tagId, String name, String colour) {
    Account account = accounts.own(actor);
    MailTag tag = tags.requireOwned(account, tagId);
    String kept = TagRules.name(name);
    requireUnique(tags.of(account), kept, tag);
    tag.change(kept, TagRules.colour(colour));
    return TagSummary.of(tag, tags.count(account, tag.getKeyword()));
  }

  /** Deletes the caller's tag {@code tagId} and takes it off every message. */
  public void delete(Actor actor, long tagId) {
    Account account = accounts.own(actor);
    MailTag tag = tags.requireOwned(account, tagId);
    Map<Long, List<Long>> byFolder = new LinkedHashMap<>();
    for (MailMessage message : tags.tagged(account, tag.getKeyword(), Integer.MAX_VALUE)) {
      byFolder
          .computeIfAbsent(message.getFolder().getId(), f -> new ArrayList<>())
          .add(message.getUid());
    }
    byFolder.forEach((folder, uids) -> change(account, tag, folder, uids, FlagChange.Mode.REMOVE));
    tags.remove(tag);
  }

  /** Puts the caller's tag {@code tagId} on messages {@code uids} of folder {@code folderId}. */
  public int tag(Actor actor, long tagId, long folderId, List<Long> uids) {
    Account account = accounts.own(actor);
    MailTag tag = tags.requireOwned(account, tagId);
    return change(account, tag, folderId, uids, FlagChange.Mode.ADD);
  }

  /** Takes the caller's tag {@code tagId} off messages {@code uids} of folder {@code folderId}. */
  public int untag(Actor actor, long tagId, long folderId, List<Long> uids) {
    Account account = accounts.own(actor);
    MailTag tag = tags.requireOwned(account, tagId);
    return change(account, tag, folderId, uids, FlagChange.Mode.REMOVE);
  }

  /** The newest messages (at most {@link #MAX_LIST}) carrying the caller's tag {@code tagId}. */
  public List<TaggedMessage> messages(Actor actor, long tagId) {
    Account account = accounts.own(actor);
    MailTag tag = tags.requireOwned(account, tagId);
    return tags.tagged(account, tag.getKeyword(), MAX_LIST).stream()
        .map(TaggedMessage::of)
        .toList();
  }

  /** The caller's tags that {@code keywords} (a message's IMAP keywords) stand for. */
  public List<TagSummary> tagsOf(Actor actor, List<String> keywords) {
    Account account = accounts.own(actor);
    return tags.of(account).stream()
        .filter(t -> keywords.stream().anyMatch(t::marks))
        .map(t -> TagSummary.of(t, -1))
        .toList();
  }

  private int change(
      Account account, MailTag tag, long folderId, List<Long> uids, FlagChange.Mode mode) {
    MailFolder folder = folders.lockOwned(account, folderId);
    long[] set = uids.stream().mapToLong(Long::longValue).toArray();
    FlagChange change = new FlagChange(mode, 0, List.of(tag.getKeyword()), -1);
    return changes.store(folder, UidSet.of(set), change).updated().size();
  }

  private static void requireUnique(List<MailTag> existing, String name, MailTag self) {
    if (existing.stream().anyMatch(t -> t != self && t.getName().equalsIgnoreCase(name))) {
      throw new ConflictException("tag.exists", "A tag of that name exists: " + name, name);
    }
  }
}
