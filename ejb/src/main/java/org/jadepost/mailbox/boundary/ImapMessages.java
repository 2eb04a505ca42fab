package org.jadepost.mailbox.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jadepost.account.entity.Account;
import org.jadepost.adapter.api.imap.ImapAppend;
import org.jadepost.adapter.api.imap.ImapAppendResult;
import org.jadepost.adapter.api.imap.ImapCaller;
import org.jadepost.adapter.api.imap.ImapCopyResult;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapMessage;
import org.jadepost.adapter.api.imap.ImapStore;
import org.jadepost.adapter.api.imap.ImapStoreResult;
import org.jadepost.adapter.api.imap.MessageContent;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.mailbox.control.FolderTree;
import org.jadepost.mailbox.control.ImapAccounts;
import org.jadepost.mailbox.control.ImapFailures;
import org.jadepost.mailbox.control.ImapViews;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.control.MessageCopier;
import org.jadepost.mailbox.control.MessageRows;
import org.jadepost.mailbox.control.MessageSearch;
import org.jadepost.mailbox.control.StoredContent;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FlagChange;
import org.jadepost.mailbox.entity.FolderPath;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessageRow;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.BusinessException;

/**
 * IMAP's work on the messages of one of the caller's folders: FETCH metadata, SEARCH, STORE, COPY,
 * MOVE, EXPUNGE and APPEND. Every change takes a new MODSEQ and is announced after commit. Business
 * failures roll back and become {@link ImapException}s with RFC 5530 codes.
 */
@Stateless
public class ImapMessages {

  @Resource SessionContext context;
  @Inject ImapAccounts accounts;
  @Inject FolderTree tree;
  @Inject MessageRows rows;
  @Inject MessageChanges changes;
  @Inject MessageCopier copier;
  @Inject MessageSearch searcher;
  @Inject MailboxWriter writer;
  @Inject BlobStore blobs;

  /** FETCH: the metadata of the messages with {@code uids}, and where to read their bytes. */
  public List<ImapMessage> fetch(ImapCaller caller, String folder, long[] uids)
      throws ImapException {
    MailFolder found = folder(caller, folder, false);
    return rows.rows(found, UidSet.of(uids)).stream().map(this::message).toList();
  }

  /** SEARCH. */
  public long[] search(ImapCaller caller, String folder, SearchKey key) throws ImapException {
    return searcher.search(folder(caller, folder, false), key);
  }

  /** STORE, also FETCH's implicit {@code \Seen}. */
  public ImapStoreResult store(ImapCaller caller, ImapStore store) throws ImapException {
    MailFolder found = folder(caller, store.folder(), true);
    FlagChange change =
        new FlagChange(
            FlagChange.Mode.valueOf(store.mode().name()),
            store.flags(),
            store.keywords(),
            store.unchangedSince());
    return ImapViews.stored(changes.store(found, UidSet.of(store.uids()), change));
  }

  /** COPY. */
  public ImapCopyResult copy(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException {
    MailFolder[] pair = pair(caller, folder, target);
    try {
      return ImapViews.copied(copier.copy(pair[0], UidSet.of(uids), pair[1]));
    } catch (BusinessException e) {
      throw failed(e);
    }
  }

  /** MOVE: copy and expunge in one transaction. */
  public ImapCopyResult move(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException {
    MailFolder[] pair = pair(caller, folder, target);
    return ImapViews.copied(copier.move(pair[0], UidSet.of(uids), pair[1]));
  }

  /** EXPUNGE and CLOSE ({@code uids} null) or UID EXPUNGE. */
  public long[] expunge(ImapCaller caller, String folder, long[] uids) throws ImapException {
    MailFolder found = folder(caller, folder, true);
    return changes.expungeDeleted(found, uids == null ? null : UidSet.of(uids));
  }

  /** APPEND from the adapter's spool file, which this call consumes. */
  public ImapAppendResult append(ImapCaller caller, ImapAppend append) throws ImapException {
    try {
      Account account = accounts.of(caller);
      MailFolder target;
      try {
        target = tree.lock(account, FolderPath.of(append.folder()));
      } catch (BusinessException e) {
        throw target(e);
      }
      writer.requireFits(account, append.size());
      MailMessage message =
          writer.append(
              target,
              store(append),
              Flag.fromBits(append.flags()),
              append.keywords(),
              append.internalDate());
      return new ImapAppendResult(target.getUidValidity(), message.getUid());
    } catch (BusinessException e) {
      throw failed(e);
    } finally {
      try {
        Files.deleteIfExists(append.spooledMessage());
      } catch (IOException e) {
        // the spool sweeper removes it later
      }
    }
  }

  private BlobRef store(ImapAppend append) {
    try (InputStream in = Files.newInputStream(append.spooledMessage())) {
      return blobs.put(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the appended message", e);
    }
  }

  private ImapMessage message(MessageRow row) {
    MessageContent content =
        blobs
            .file(row.blobId())
            .<MessageContent>map(StoredContent::of)
            .orElseGet(() -> () -> blobs.open(row.blobId()).orElseThrow());
    return new ImapMessage(
        row.uid(),
        row.flags(),
        row.keywords(),
        row.modseq(),
        row.internalDate(),
        row.size(),
        content);
  }

  private MailFolder folder(ImapCaller caller, String folder, boolean lock) throws ImapException {
    Account account = accounts.of(caller);
    try {
      FolderPath path = FolderPath.of(folder);
      return lock ? tree.lock(account, path) : tree.require(account, path);
    } catch (BusinessException e) {
      throw failed(e);
    }
  }

  // Both folders locked in id order, so that two crossing copies cannot deadlock.
  private MailFolder[] pair(ImapCaller caller, String folder, String target) throws ImapException {
    Account account = accounts.of(caller);
    try {
      MailFolder source = tree.require(account, FolderPath.of(folder));
      MailFolder destination;
      try {
        destination = tree.require(account, FolderPath.of(target));
      } catch (BusinessException e) {
        throw target(e);
      }
      boolean sourceFirst = source.getId() <= destination.getId();
      MailFolder first = tree.lock(account, FolderPath.of(sourceFirst ? folder : target));
      MailFolder second = tree.lock(account, FolderPath.of(sourceFirst ? target : folder));
      return sourceFirst ? new MailFolder[] {first, second} : new MailFolder[] {second, first};
    } catch (BusinessException e) {
      throw failed(e);
    }
  }

  private ImapException target(BusinessException failure) {
    context.setRollbackOnly();
    return ImapFailures.ofTarget(failure);
  }

  private ImapException failed(BusinessException failure) {
    context.setRollbackOnly();
    return ImapFailures.of(failure);
  }
}
