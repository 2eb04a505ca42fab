package org.jadepost.adapter.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.imap.ImapAppend;
import org.jadepost.adapter.api.imap.ImapAppendResult;
import org.jadepost.adapter.api.imap.ImapCaller;
import org.jadepost.adapter.api.imap.ImapChanges;
import org.jadepost.adapter.api.imap.ImapCopyResult;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.ImapFlagState;
import org.jadepost.adapter.api.imap.ImapFolder;
import org.jadepost.adapter.api.imap.ImapFolderAttribute;
import org.jadepost.adapter.api.imap.ImapFolderStatus;
import org.jadepost.adapter.api.imap.ImapListener;
import org.jadepost.adapter.api.imap.ImapMessage;
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.adapter.api.imap.ImapSelection;
import org.jadepost.adapter.api.imap.ImapStore;
import org.jadepost.adapter.api.imap.ImapStoreResult;
import org.jadepost.adapter.api.imap.MailboxChange;
import org.jadepost.adapter.api.imap.MessageContent;
import org.jadepost.adapter.api.imap.SearchKey;

/**
 * An {@link ImapListener} over in-memory folders of one user, {@code alice@example.org} with
 * password {@code secret}, for scripted sessions. It publishes every change to {@code publisher}.
 */
public final class InMemoryImapListener implements ImapListener {

  /** One stored message. */
  static final class Stored {
    final long uid;
    int flags;
    List<String> keywords = new ArrayList<>();
    long modseq;
    final Instant date;
    final byte[] bytes;
    MessageContent content;
    long size;

    Stored(long uid, int flags, long modseq, Instant date, byte[] bytes) {
      this.uid = uid;
      this.flags = flags;
      this.modseq = modseq;
      this.date = date;
      this.bytes = bytes;
      this.content = () -> new ByteArrayInputStream(bytes);
      this.size = bytes.length;
    }

    ImapFlagState state() {
      return new ImapFlagState(uid, flags, keywords, modseq);
    }
  }

  /** One folder. */
  static final class Folder {
    final long uidValidity;
    long uidNext = 1;
    long modseq = 1;
    final Map<Long, Stored> messages = new TreeMap<>();
    final Map<Long, Long> expunged = new TreeMap<>();
    final Set<ImapFolderAttribute> attributes = EnumSet.noneOf(ImapFolderAttribute.class);

    Folder(long uidValidity) {
      this.uidValidity = uidValidity;
    }
  }

  private final Map<String, Folder> folders = new TreeMap<>();
  private final Set<String> subscribed = new LinkedHashSet<>();
  private Consumer<MailboxChange> publisher = change -> {};
  private long validity = 1000;

  /** A listener with INBOX, Sent (\Sent) and Trash (\Trash). */
  public InMemoryImapListener() {
    folders.put("INBOX", new Folder(validity++));
    folder("Sent", ImapFolderAttribute.SENT);
    folder("Trash", ImapFolderAttribute.TRASH);
    subscribed.add("INBOX");
  }

  private void folder(String name, ImapFolderAttribute attribute) {
    Folder folder = new Folder(validity++);
    folder.attributes.add(attribute);
    folders.put(name, folder);
  }

  /** Where changes go, for example the adapter's event bus. */
  public synchronized void publisher(Consumer<MailboxChange> publisher) {
    this.publisher = publisher;
  }

  /** Delivers a message as the MX would, and publishes the change. */
  public synchronized long deliver(String folderName, String message) {
    Folder folder = folders.get(folderName);
    long uid = folder.uidNext++;
    folder.modseq++;
    folder.messages.put(
        uid,
        new Stored(
            uid,
            0,
            folder.modseq,
            Instant.parse("2024-03-01T10:00:00Z"),
            message.getBytes(StandardCharsets.UTF_8)));
    publisher.accept(new MailboxChange("alice@example.org", folderName, folder.modseq));
    return uid;
  }

  /**
   * Delivers a message of {@code size} bytes that only {@code content} holds, for example one
   * generated as it is read; SEARCH sees it as empty.
   */
  public synchronized long deliver(String folderName, long size, MessageContent content) {
    long uid = deliver(folderName, "");
    Stored stored = folders.get(folderName).messages.get(uid);
    stored.content = content;
    stored.size = size;
    return uid;
  }

  @Override
  public String login(ConnectionInfo connection, String user, String password)
      throws ImapException {
    if (user.equals("alice@example.org") && password.equals("secret")) {
      return user;
    }
    throw new ImapException(ImapResponseCode.AUTHENTICATIONFAILED, "Authentication failed");
  }

  @Override
  public synchronized List<ImapFolder> folders(ImapCaller caller) {
    List<ImapFolder> list = new ArrayList<>();
    folders.forEach(
        (name, folder) -> {
          Set<ImapFolderAttribute> attributes = EnumSet.noneOf(ImapFolderAttribute.class);
          attributes.addAll(folder.attributes);
          if (subscribed.contains(name)) {
            attributes.add(ImapFolderAttribute.SUBSCRIBED);
          }
          list.add(new ImapFolder(name, attributes));
        });
    return list;
  }

  private Folder get(String name) throws ImapException {
    Folder folder = folders.get(name);
    if (folder == null) {
      throw new ImapException(ImapResponseCode.NONEXISTENT, "No such folder");
    }
    return folder;
  }

  @Override
  public synchronized ImapFolderStatus status(ImapCaller caller, String name) throws ImapException {
    Folder folder = get(name);
    long unseen = folder.messages.values().stream().filter(m -> !ImapFlag.SEEN.in(m.flags)).count();
    long size = folder.messages.values().stream().mapToLong(m -> m.bytes.length).sum();
    return new ImapFolderStatus(
        folder.messages.size(), unseen, folder.uidNext, folder.uidValidity, folder.modseq, size);
  }

  @Override
  public synchronized ImapSelection select(ImapCaller caller, String name, boolean readOnly)
      throws ImapException {
    Folder folder = get(name);
    long[] uids = folder.messages.keySet().stream().mapToLong(Long::longValue).toArray();
    int[] flags = folder.messages.values().stream().mapToInt(m -> m.flags).toArray();
    return new ImapSelection(
        name,
        folder.uidValidity,
        folder.uidNext,
        folder.modseq,
        uids,
        flags,
        List.of("$Forwarded"),
        false);
  }

  @Override
  public synchronized List<ImapMessage> fetch(ImapCaller caller, String name, long[] uids)
      throws ImapException {
    Folder folder = get(name);
    List<ImapMessage> list = new ArrayList<>();
    for (long uid : uids) {
      Stored m = folder.messages.get(uid);
      if (m != null) {
        list.add(new ImapMessage(uid, m.flags, m.keywords, m.modseq, m.date, m.size, m.content));
      }
    }
    return list;
  }

  @Override
  public synchronized long[] search(ImapCaller caller, String name, SearchKey key)
      throws ImapException {
    return get(name).messages.values().stream()
        .filter(m -> matches(m, key))
        .mapToLong(m -> m.uid)
        .toArray();
  }

  private static boolean matches(Stored m, SearchKey key) {
    String text = new String(m.bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    if (key instanceof SearchKey.All) {
      return true;
    } else if (key instanceof SearchKey.And and) {
      return and.keys().stream().allMatch(k -> matches(m, k));
    } else if (key instanceof SearchKey.Or or) {
      return matches(m, or.left()) || matches(m, or.right());
    } else if (key instanceof SearchKey.Not not) {
      return !matches(m, not.key());
    } else if (key instanceof SearchKey.Flag flag) {
      return flag.flag().in(m.flags) == flag.set();
    } else if (key instanceof SearchKey.Keyword keyword) {
      return m.keywords.contains(keyword.keyword()) == keyword.set();
    } else if (key instanceof SearchKey.Header header) {
      String prefix = header.name().toLowerCase(Locale.ROOT) + ":";
      return text.lines()
          .anyMatch(
              l -> l.startsWith(prefix) && l.contains(header.value().toLowerCase(Locale.ROOT)));
    } else if (key instanceof SearchKey.Text t) {
      return text.contains(t.value().toLowerCase(Locale.ROOT));
    } else if (key instanceof SearchKey.Size size) {
      return size.larger() ? m.bytes.length > size.size() : m.bytes.length < size.size();
    } else if (key instanceof SearchKey.Uids uids) {
      return uids.ranges().stream().anyMatch(r -> r.contains(m.uid));
    } else if (key instanceof SearchKey.ModSeq modseq) {
      return m.modseq >= modseq.modseq();
    }
    return false;
  }

  @Override
  public synchronized ImapStoreResult store(ImapCaller caller, ImapStore store)
      throws ImapException {
    Folder folder = get(store.folder());
    List<ImapFlagState> updated = new ArrayList<>();
    List<Long> modified = new ArrayList<>();
    for (long uid : store.uids()) {
      Stored m = folder.messages.get(uid);
      if (m == null) {
        continue;
      }
      if (store.unchangedSince() >= 0 && m.modseq > store.unchangedSince()) {
        modified.add(uid);
        continue;
      }
      switch (store.mode()) {
        case ADD -> {
          m.flags |= store.flags();
          store.keywords().stream().filter(k -> !m.keywords.contains(k)).forEach(m.keywords::add);
        }
        case REMOVE -> {
          m.flags &= ~store.flags();
          m.keywords.removeAll(store.keywords());
        }
        default -> {
          m.flags = store.flags();
          m.keywords = new ArrayList<>(store.keywords());
        }
      }
      m.modseq = ++folder.modseq;
      updated.add(m.state());
    }
    publisher.accept(new MailboxChange(caller.identity(), store.folder(), folder.modseq));
    return new ImapStoreResult(updated, modified.stream().mapToLong(Long::longValue).toArray());
  }

  @Override
  public synchronized ImapCopyResult copy(
      ImapCaller caller, String name, long[] uids, String target) throws ImapException {
    Folder from = get(name);
    Folder to = folders.get(target);
    if (to == null) {
      throw new ImapException(ImapResponseCode.TRYCREATE, "No such folder");
    }
    List<Long> source = new ArrayList<>();
    List<Long> created = new ArrayList<>();
    for (long uid : uids) {
      Stored m = from.messages.get(uid);
      if (m != null) {
        long newUid = to.uidNext++;
        Stored copy = new Stored(newUid, m.flags, ++to.modseq, m.date, m.bytes);
        copy.keywords = new ArrayList<>(m.keywords);
        to.messages.put(newUid, copy);
        source.add(uid);
        created.add(newUid);
      }
    }
    publisher.accept(new MailboxChange(caller.identity(), target, to.modseq));
    return new ImapCopyResult(
        to.uidValidity,
        source.stream().mapToLong(Long::longValue).toArray(),
        created.stream().mapToLong(Long::longValue).toArray());
  }

  @Override
  public synchronized ImapCopyResult move(
      ImapCaller caller, String name, long[] uids, String target) throws ImapException {
    ImapCopyResult result = copy(caller, name, uids, target);
    remove(caller, get(name), name, result.sourceUids());
    return result;
  }

  private void remove(ImapCaller caller, Folder folder, String name, long[] uids) {
    folder.modseq++;
    for (long uid : uids) {
      folder.messages.remove(uid);
      folder.expunged.put(uid, folder.modseq);
    }
    publisher.accept(new MailboxChange(caller.identity(), name, folder.modseq));
  }

  @Override
  public synchronized long[] expunge(ImapCaller caller, String name) throws ImapException {
    Folder folder = get(name);
    long[] deleted =
        folder.messages.values().stream()
            .filter(m -> ImapFlag.DELETED.in(m.flags))
            .mapToLong(m -> m.uid)
            .toArray();
    remove(caller, folder, name, deleted);
    return deleted;
  }

  @Override
  public synchronized long[] expunge(ImapCaller caller, String name, long[] uids)
      throws ImapException {
    Folder folder = get(name);
    Set<Long> allowed = new java.util.HashSet<>();
    for (long uid : uids) {
      allowed.add(uid);
    }
    long[] deleted =
        folder.messages.values().stream()
            .filter(m -> ImapFlag.DELETED.in(m.flags) && allowed.contains(m.uid))
            .mapToLong(m -> m.uid)
            .toArray();
    remove(caller, folder, name, deleted);
    return deleted;
  }

  @Override
  public synchronized ImapAppendResult append(ImapCaller caller, ImapAppend append)
      throws ImapException {
    Folder folder = folders.get(append.folder());
    if (folder == null) {
      throw new ImapException(ImapResponseCode.TRYCREATE, "No such folder");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(append.spooledMessage());
      Files.delete(append.spooledMessage());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    long uid = folder.uidNext++;
    Stored stored = new Stored(uid, append.flags(), ++folder.modseq, append.internalDate(), bytes);
    stored.keywords = new ArrayList<>(append.keywords());
    folder.messages.put(uid, stored);
    publisher.accept(new MailboxChange(caller.identity(), append.folder(), folder.modseq));
    return new ImapAppendResult(folder.uidValidity, uid);
  }

  @Override
  public synchronized void create(ImapCaller caller, String name) throws ImapException {
    if (folders.containsKey(name)) {
      throw new ImapException(ImapResponseCode.ALREADYEXISTS, "Folder exists");
    }
    folders.put(name, new Folder(validity++));
  }

  @Override
  public synchronized void delete(ImapCaller caller, String name) throws ImapException {
    if (name.equals("INBOX")) {
      throw new ImapException(ImapResponseCode.NOPERM, "INBOX cannot be deleted");
    }
    get(name);
    folders.remove(name);
    publisher.accept(new MailboxChange(caller.identity(), name, 0));
  }

  @Override
  public synchronized void rename(ImapCaller caller, String name, String newName)
      throws ImapException {
    Folder folder = get(name);
    if (folders.containsKey(newName)) {
      throw new ImapException(ImapResponseCode.ALREADYEXISTS, "Folder exists");
    }
    folders.remove(name);
    folders.put(newName, folder);
  }

  @Override
  public synchronized void subscribe(ImapCaller caller, String name, boolean subscribe) {
    if (subscribe) {
      subscribed.add(name);
    } else {
      subscribed.remove(name);
    }
  }

  @Override
  public synchronized ImapChanges changes(ImapCaller caller, String name, long sinceModseq)
      throws ImapException {
    Folder folder = get(name);
    List<ImapFlagState> changed = new ArrayList<>();
    folder.messages.values().stream()
        .filter(m -> m.modseq > sinceModseq)
        .forEach(m -> changed.add(m.state()));
    long[] expunged =
        folder.expunged.entrySet().stream()
            .filter(e -> e.getValue() > sinceModseq)
            .mapToLong(Map.Entry::getKey)
            .toArray();
    return new ImapChanges(
        folder.uidValidity, folder.uidNext, folder.modseq, changed, expunged, true);
  }
}
