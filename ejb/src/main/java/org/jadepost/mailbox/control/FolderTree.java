package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.entity.FolderLimits;
import org.jadepost.mailbox.entity.FolderPath;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;

/**
 * The folder hierarchy of one account by name, as IMAP works on it: find, create with missing
 * parents, delete, rename with inferiors (RFC 3501 §6.3.3-§6.3.7) and subscribe. System folders
 * (Inbox, Sent, ...) can be neither deleted nor renamed. Every lookup is scoped to the account.
 */
@ApplicationScoped
public class FolderTree {

  @PersistenceContext EntityManager em;
  @Inject FolderStore folders;
  @Inject UidValidities uidValidities;

  /** The account's folder at {@code path}. */
  public Optional<MailFolder> find(Account account, FolderPath path) {
    return em.createNamedQuery(MailFolder.BY_PATH, MailFolder.class)
        .setParameter("account", account)
        .setParameter("path", path.value())
        .getResultStream()
        .findFirst();
  }

  /**
   * The account's selectable folder at {@code path}: {@code folder.notfound}, or {@code
   * folder.noselect} for a hierarchy node.
   */
  public MailFolder require(Account account, FolderPath path) {
    return selectable(existing(account, path));
  }

  /** The account's selectable folder at {@code path}, locked (new UIDs, new MODSEQs). */
  public MailFolder lock(Account account, FolderPath path) {
    return selectable(lockAny(account, path));
  }

  private MailFolder existing(Account account, FolderPath path) {
    if (path.inbox()) {
      folders.of(account); // an account from before the message store gets its folders now
    }
    return find(account, path).orElseThrow(() -> notFound(path));
  }

  private MailFolder lockAny(Account account, FolderPath path) {
    existing(account, path);
    return em.createNamedQuery(MailFolder.BY_PATH, MailFolder.class)
        .setParameter("account", account)
        .setParameter("path", path.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }

  private static MailFolder selectable(MailFolder folder) {
    if (folder.isNoselect()) {
      throw new InvalidRequestException(
          "folder.noselect", "Not a selectable folder: " + folder.getPath(), folder.getPath());
    }
    return folder;
  }

  /** Creates {@code path} and any missing parent (RFC 3501 §6.3.3). */
  public MailFolder create(Account account, FolderPath path) {
    Optional<MailFolder> node = find(account, path).filter(MailFolder::isNoselect);
    if (node.isPresent()) {
      node.get().hierarchyOnly(false, uidValidities.next(account));
      return node.get();
    }
    if (find(account, path).isPresent() || path.inbox()) {
      throw new ConflictException("folder.exists", "The folder exists: " + path, path.value());
    }
    FolderLimits.requireDepth(path);
    FolderLimits.requireRoom(customFolders(account));
    MailFolder parent = path.parent().map(p -> ensure(account, p)).orElse(null);
    MailFolder folder =
        new MailFolder(account, parent, path.leaf(), null, uidValidities.next(account));
    em.persist(folder);
    return folder;
  }

  private MailFolder ensure(Account account, FolderPath path) {
    return find(account, path).orElseGet(() -> create(account, path));
  }

  /**
   * Deletes {@code path} with its messages (RFC 3501 §6.3.4). A folder with children stays as a
   * {@code \\Noselect} node without messages; deleting such a node again is refused. Returns the
   * folder as it was found.
   */
  public MailFolder delete(Account account, FolderPath path) {
    MailFolder folder = lockAny(account, path);
    guardSystem(folder);
    if (below(account, path).isEmpty()) {
      em.remove(folder);
    } else if (folder.isNoselect()) {
      throw new InvalidRequestException(
          "folder.children", "The folder has subfolders: " + path, path.value());
    } else {
      em.createNamedQuery(MailMessage.DELETE_ALL)
          .setParameter("folder", folder.getId())
          .executeUpdate();
      em.createNativeQuery("DELETE FROM mail_expunged WHERE folder_id = ?1")
          .setParameter(1, folder.getId())
          .executeUpdate();
      folder.hierarchyOnly(true, uidValidities.next(account));
    }
    em.flush();
    return folder;
  }

  /**
   * Renames {@code from} to {@code to} with every folder below it (RFC 3501 §6.3.5); each gets a
   * new UIDVALIDITY, so no client mistakes it for a folder that had the name before.
   */
  public List<MailFolder> rename(Account account, FolderPath from, FolderPath to) {
    MailFolder folder = lockAny(account, from);
    guardSystem(folder);
    if (find(account, to).isPresent() || to.inbox()) {
      throw new ConflictException("folder.exists", "The folder exists: " + to, to.value());
    }
    if (to.within(from)) {
      throw new InvalidRequestException(
          "folder.rename.inside", "Cannot rename a folder into itself: " + to, to.value());
    }
    List<MailFolder> inferiors = below(account, from);
    FolderLimits.requireDepth(to, levelsBelow(from, inferiors));
    MailFolder parent = to.parent().map(p -> ensure(account, p)).orElse(null);
    folder.renamed(parent, to.leaf(), uidValidities.next(account));
    for (MailFolder inferior : inferiors) {
      inferior.ancestorRenamed(from.value(), to.value(), uidValidities.next(account));
    }
    em.flush();
    return inferiors;
  }

  private static int levelsBelow(FolderPath path, List<MailFolder> inferiors) {
    int depth = path.levels().size();
    return inferiors.stream()
        .mapToInt(f -> FolderPath.of(f.getPath()).levels().size() - depth)
        .max()
        .orElse(0);
  }

  /** How many folders the account has besides the system folders (FEATURES D6 limit). */
  public long customFolders(Account account) {
    return em.createQuery(
            "SELECT COUNT(f) FROM MailFolder f WHERE f.account = :account"
                + " AND f.specialUse IS NULL",
            Long.class)
        .setParameter("account", account)
        .getSingleResult();
  }

  /** The account's folders strictly below {@code path}. */
  public List<MailFolder> below(Account account, FolderPath path) {
    String prefix = path.value().replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return em.createNamedQuery(MailFolder.UNDER, MailFolder.class)
        .setParameter("account", account)
        .setParameter("prefix", prefix + "/%")
        .getResultList();
  }

  private static void guardSystem(MailFolder folder) {
    if (folder.getSpecialUse() != null) {
      throw new ForbiddenException(
          "folder.system", "A system folder stays: " + folder.getPath(), folder.getPath());
    }
  }

  private static NotFoundException notFound(FolderPath path) {
    return new NotFoundException("folder.notfound", "No such folder: " + path, path.value());
  }
}
