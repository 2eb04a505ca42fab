package org.jadepost.mailbox.boundary;

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
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.adapter.api.imap.ImapStore;
import org.jadepost.adapter.api.imap.ImapStoreResult;
import org.jadepost.adapter.api.imap.MessageContent;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.mailbox.control.FolderTree;
import org.jadepost.mailbox.control.ImapCalls;
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
import org.jadepost.mailbox.entity.QuotaCheck;
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

  @Inject ImapCalls calls;
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
    return calls.run(
        caller,
        a ->
            rows.rows(tree.require(a, FolderPath.of(folder)), UidSet.of(uids)).stream()
                .map(this::message)
                .toList());
  }

  /** SEARCH. */
  public long[] search(ImapCaller caller, String folder, SearchKey key) throws ImapException {
    return calls.run(caller, a -> searcher.search(tree.require(a, FolderPath.of(folder)), key));
  }

  /** STORE, also FETCH's implicit {@code \Seen}. */
  public ImapStoreResult store(ImapCaller caller, ImapStore store) throws ImapException {
    FlagChange change =
        new FlagChange(
            FlagChange.Mode.valueOf(store.mode().name()),
            store.flags(),
            store.keywords(),
            store.unchangedSince());
    return calls.run(
        caller,
        a -> {
          MailFolder folder = tree.lock(a, FolderPath.of(store.folder()));
          return ImapViews.stored(changes.store(folder, UidSet.of(store.uids()), change));
        });
  }

  /** COPY. */
  public ImapCopyResult copy(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException {
    return transfer(caller, folder, uids, target, false);
  }

  /** MOVE: copy and expunge in one transaction. */
  public ImapCopyResult move(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException {
    return transfer(caller, folder, uids, target, true);
  }

  private ImapCopyResult transfer(
      ImapCaller caller, String folder, long[] uids, String target, boolean move)
      throws ImapException {
    return calls.run(
        caller,
        a -> {
          MailFolder[] pair = pair(a, folder, target);
          UidSet set = UidSet.of(uids);
          return ImapViews.copied(
              move ? copier.move(pair[0], set, pair[1]) : copier.copy(pair[0], set, pair[1]));
        });
  }

  /** EXPUNGE and CLOSE ({@code uids} null) or UID EXPUNGE. */
  public long[] expunge(ImapCaller caller, String folder, long[] uids) throws ImapException {
    return calls.run(
        caller,
        a ->
            changes.expungeDeleted(
                tree.lock(a, FolderPath.of(folder)), uids == null ? null : UidSet.of(uids)));
  }

  /** APPEND from the adapter's spool file, which this call consumes. */
  public ImapAppendResult append(ImapCaller caller, ImapAppend append) throws ImapException {
    try {
      return calls.run(
          caller,
          a -> {
            MailFolder target = target(a, append.folder(), true);
            // Quota first, so that a message that cannot fit is never written to the blob store.
            if (writer.quotaCheck(a, append.size()) == QuotaCheck.NEVER_FITS) {
              throw calls.rollBack(
                  new ImapException(ImapResponseCode.TOOBIG, "The message exceeds the quota"));
            }
            writer.requireFits(a, append.size());
            MailMessage message =
                writer.append(
                    target,
                    store(append),
                    Flag.fromBits(append.flags()),
                    append.keywords(),
                    append.internalDate());
            return new ImapAppendResult(target.getUidValidity(), message.getUid());
          });
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

  /** The target of APPEND, COPY or MOVE: a missing one is {@code TRYCREATE}. */
  private MailFolder target(Account account, String folder, boolean lock) throws ImapException {
    try {
      FolderPath path = FolderPath.of(folder);
      return lock ? tree.lock(account, path) : tree.require(account, path);
    } catch (BusinessException e) {
      throw calls.rollBack(ImapFailures.ofTarget(e));
    }
  }

  // Both folders locked in id order, so that two crossing copies cannot deadlock.
  private MailFolder[] pair(Account account, String folder, String target) throws ImapException {
    FolderPath from = FolderPath.of(folder);
    FolderPath to = FolderPath.of(target);
    MailFolder source = tree.require(account, from);
    MailFolder destination = target(account, target, false);
    boolean sourceFirst = source.getId() <= destination.getId();
    MailFolder first = tree.lock(account, sourceFirst ? from : to);
    MailFolder second = tree.lock(account, sourceFirst ? to : from);
    return sourceFirst ? new MailFolder[] {first, second} : new MailFolder[] {second, first};
  }
}
