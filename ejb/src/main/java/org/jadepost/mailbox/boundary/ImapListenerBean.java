package org.jadepost.mailbox.boundary;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.imap.ImapAppend;
import org.jadepost.adapter.api.imap.ImapAppendResult;
import org.jadepost.adapter.api.imap.ImapCaller;
import org.jadepost.adapter.api.imap.ImapChanges;
import org.jadepost.adapter.api.imap.ImapCopyResult;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFolder;
import org.jadepost.adapter.api.imap.ImapFolderStatus;
import org.jadepost.adapter.api.imap.ImapListener;
import org.jadepost.adapter.api.imap.ImapMessage;
import org.jadepost.adapter.api.imap.ImapSelection;
import org.jadepost.adapter.api.imap.ImapStore;
import org.jadepost.adapter.api.imap.ImapStoreResult;
import org.jadepost.adapter.api.imap.SearchKey;

/**
 * The IMAP listeners' common body: each call goes straight to {@link ImapMailbox} (folders, login,
 * changes) or {@link ImapMessages} (messages), each call one transaction there.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class ImapListenerBean implements ImapListener {

  @Inject ImapMailbox mailbox;
  @Inject ImapMessages messages;

  @Override
  public String login(ConnectionInfo connection, String user, String password)
      throws ImapException {
    return mailbox.login(connection, user, password);
  }

  @Override
  public List<ImapFolder> folders(ImapCaller caller) throws ImapException {
    return mailbox.folders(caller);
  }

  @Override
  public ImapFolderStatus status(ImapCaller caller, String folder) throws ImapException {
    return mailbox.status(caller, folder);
  }

  @Override
  public ImapSelection select(ImapCaller caller, String folder, boolean readOnly)
      throws ImapException {
    return mailbox.select(caller, folder);
  }

  @Override
  public List<ImapMessage> fetch(ImapCaller caller, String folder, long[] uids)
      throws ImapException {
    return messages.fetch(caller, folder, uids);
  }

  @Override
  public long[] search(ImapCaller caller, String folder, SearchKey key) throws ImapException {
    return messages.search(caller, folder, key);
  }

  @Override
  public ImapStoreResult store(ImapCaller caller, ImapStore store) throws ImapException {
    return messages.store(caller, store);
  }

  @Override
  public ImapCopyResult copy(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException {
    return messages.copy(caller, folder, uids, target);
  }

  @Override
  public ImapCopyResult move(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException {
    return messages.move(caller, folder, uids, target);
  }

  @Override
  public long[] expunge(ImapCaller caller, String folder) throws ImapException {
    return messages.expunge(caller, folder, null);
  }

  @Override
  public long[] expunge(ImapCaller caller, String folder, long[] uids) throws ImapException {
    return messages.expunge(caller, folder, uids);
  }

  @Override
  public ImapAppendResult append(ImapCaller caller, ImapAppend append) throws ImapException {
    return messages.append(caller, append);
  }

  @Override
  public void create(ImapCaller caller, String folder) throws ImapException {
    mailbox.create(caller, folder);
  }

  @Override
  public void delete(ImapCaller caller, String folder) throws ImapException {
    mailbox.delete(caller, folder);
  }

  @Override
  public void rename(ImapCaller caller, String folder, String newName) throws ImapException {
    mailbox.rename(caller, folder, newName);
  }

  @Override
  public void subscribe(ImapCaller caller, String folder, boolean subscribed) throws ImapException {
    mailbox.subscribe(caller, folder, subscribed);
  }

  @Override
  public ImapChanges changes(ImapCaller caller, String folder, long sinceModseq)
      throws ImapException {
    return mailbox.changes(caller, folder, sinceModseq);
  }
}
