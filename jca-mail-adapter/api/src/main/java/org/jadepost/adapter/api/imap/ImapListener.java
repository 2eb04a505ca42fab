package org.jadepost.adapter.api.imap;

import java.util.List;
import org.jadepost.adapter.api.ConnectionInfo;

/**
 * The IMAP server's questions to the application (RFC 3501, RFC 9051 and the extensions listed in
 * {@code docs/IMAP.md}). One call per command, each to a fresh MDB endpoint: the implementation
 * keeps no state between calls. The adapter keeps the session (who is logged in, the selected
 * folder, the UID to sequence number map, what was already reported) and passes the caller in every
 * call.
 *
 * <p>Folders are named by their full UTF-8 name, levels separated by {@link #DELIMITER}; the
 * adapter turns {@code inbox} in any case into {@code INBOX} and decodes modified UTF-7 before
 * calling. Messages are named by UID in the folder. Every method that changes a folder publishes a
 * {@link MailboxChange} after commit (through {@link MailboxEventsConnectionFactory}), so that the
 * other sessions see it.
 *
 * <p>Failures the user should see are thrown as {@link ImapException} with a response code and
 * answered as a tagged {@code NO}; any other exception becomes {@code NO [SERVERBUG]} without
 * detail. Syntax errors never get here: the adapter answers them with {@code BAD}.
 */
public interface ImapListener {

  /** The hierarchy delimiter of every folder name (RFC 3501 §5.1.1). */
  char DELIMITER = '/';

  /**
   * Checks the credentials of LOGIN or AUTHENTICATE PLAIN (RFC 3501 §6.2.3, RFC 4616). The adapter
   * has decoded them and made sure the connection is protected, or allowed in clear. The attempt is
   * recorded in the login log by the implementation.
   *
   * @return the canonical identity, for example {@code alice@example.org}, passed back in every
   *     {@link ImapCaller}
   * @throws ImapException normally {@link ImapResponseCode#AUTHENTICATIONFAILED}; {@link
   *     ImapResponseCode#CONTACTADMIN} or {@link ImapResponseCode#UNAVAILABLE} for a locked account
   */
  String login(ConnectionInfo connection, String user, String password) throws ImapException;

  /**
   * Every folder of the caller, with its attributes, in any order. The adapter applies the LIST and
   * LSUB reference and pattern (RFC 3501 §6.3.8), LIST-EXTENDED selection options and the CHILDREN
   * attributes itself.
   */
  List<ImapFolder> folders(ImapCaller caller) throws ImapException;

  /**
   * The counters of a folder for STATUS.
   *
   * @throws ImapException {@link ImapResponseCode#NONEXISTENT} if there is no such folder
   */
  ImapFolderStatus status(ImapCaller caller, String folder) throws ImapException;

  /**
   * Opens a folder for SELECT ({@code readOnly} false) or EXAMINE (true). SELECT may clear the
   * folder's {@code \Marked} state; EXAMINE changes nothing.
   *
   * @throws ImapException {@link ImapResponseCode#NONEXISTENT}, or {@link ImapResponseCode#CANNOT}
   *     for a {@code \Noselect} folder
   */
  ImapSelection select(ImapCaller caller, String folder, boolean readOnly) throws ImapException;

  /**
   * The metadata of the messages with these UIDs, ascending by UID; UIDs that no longer exist are
   * left out. The adapter calls it in batches of at most 1,000 UIDs. It never sets {@code \Seen}:
   * when a FETCH of a body section must set it (RFC 3501 §6.4.5), the adapter calls {@link #store}.
   */
  List<ImapMessage> fetch(ImapCaller caller, String folder, long[] uids) throws ImapException;

  /**
   * The UIDs of the messages that match {@code key}, ascending (RFC 3501 §6.4.4).
   *
   * @throws ImapException {@link ImapResponseCode#CANNOT} if a key cannot be evaluated
   */
  long[] search(ImapCaller caller, String folder, SearchKey key) throws ImapException;

  /** Changes flags and keywords (STORE, UID STORE, and the implicit {@code \Seen} of FETCH). */
  ImapStoreResult store(ImapCaller caller, ImapStore store) throws ImapException;

  /**
   * Copies messages to {@code target} (COPY, RFC 3501 §6.4.7, UIDPLUS).
   *
   * @throws ImapException {@link ImapResponseCode#TRYCREATE} if the target does not exist, {@link
   *     ImapResponseCode#OVERQUOTA} if the quota does not allow it
   */
  ImapCopyResult copy(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException;

  /**
   * Moves messages to {@code target} in one transaction (MOVE, RFC 6851): copies, then expunges
   * them from {@code folder}. The adapter reports the expunges to the session itself.
   *
   * @throws ImapException like {@link #copy}
   */
  ImapCopyResult move(ImapCaller caller, String folder, long[] uids, String target)
      throws ImapException;

  /**
   * Removes every message with {@code \Deleted} (EXPUNGE, CLOSE, RFC 3501 §6.4.3).
   *
   * @return the removed UIDs, ascending
   */
  long[] expunge(ImapCaller caller, String folder) throws ImapException;

  /**
   * Removes the messages among {@code uids} that have {@code \Deleted} (UID EXPUNGE, RFC 4315
   * §2.1).
   *
   * @return the removed UIDs, ascending
   */
  long[] expunge(ImapCaller caller, String folder, long[] uids) throws ImapException;

  /**
   * Stores a message (APPEND, RFC 3501 §6.3.11, UIDPLUS). The listener owns the spool file from the
   * call on; on a 2xx-equivalent return the message must be durable.
   *
   * @throws ImapException {@link ImapResponseCode#TRYCREATE}, {@link ImapResponseCode#OVERQUOTA} or
   *     {@link ImapResponseCode#TOOBIG}
   */
  ImapAppendResult append(ImapCaller caller, ImapAppend append) throws ImapException;

  /**
   * Creates a folder and any missing parents (CREATE, RFC 3501 §6.3.3). A trailing delimiter has
   * been removed.
   *
   * @throws ImapException {@link ImapResponseCode#ALREADYEXISTS}
   */
  void create(ImapCaller caller, String folder) throws ImapException;

  /**
   * Deletes a folder (DELETE, RFC 3501 §6.3.4); a folder with children becomes {@code \Noselect}.
   *
   * @throws ImapException {@link ImapResponseCode#NONEXISTENT}, or {@link ImapResponseCode#NOPERM}
   *     for INBOX and special-use folders the product keeps
   */
  void delete(ImapCaller caller, String folder) throws ImapException;

  /**
   * Renames a folder with its children (RENAME, RFC 3501 §6.3.5). Renaming INBOX moves its messages
   * to the new folder and leaves INBOX empty.
   *
   * @throws ImapException {@link ImapResponseCode#NONEXISTENT} or {@link
   *     ImapResponseCode#ALREADYEXISTS}
   */
  void rename(ImapCaller caller, String folder, String newName) throws ImapException;

  /**
   * Subscribes ({@code subscribed} true, SUBSCRIBE) or unsubscribes a folder (RFC 3501 §6.3.6).
   * Subscribing a folder that does not exist is allowed.
   */
  void subscribe(ImapCaller caller, String folder, boolean subscribed) throws ImapException;

  /**
   * What changed in a folder after {@code sinceModseq}: new messages, flag changes and expunged
   * UIDs (RFC 7162 §3.2.5). The adapter calls it when an event woke the session, and for NOOP,
   * CHECK and the end of IDLE.
   *
   * @throws ImapException {@link ImapResponseCode#NONEXISTENT} if the folder was deleted; the
   *     adapter then ends the session with {@code * BYE}
   */
  ImapChanges changes(ImapCaller caller, String folder, long sinceModseq) throws ImapException;
}
