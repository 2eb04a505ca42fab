package org.jadepost.delivery.entity;

import java.util.List;
import org.jadepost.platform.entity.BlobRef;

/**
 * Everything one accepted message changes in the store, decided before anything is written, so that
 * the commit journal can replay it word for word after a crash.
 *
 * @param id the "queued as" id
 * @param listener the SMTP listener kind, MX or SUBMISSION
 * @param senderAccountId the authenticated sender, null on MX
 * @param localBlob the copy for hosted mailboxes (with Return-Path), null if none
 * @param inbox accounts whose Inbox gets {@code localBlob}
 * @param junk accounts whose Spam folder gets {@code localBlob} (DMARC quarantine)
 * @param sentCopy whether the sender's Sent folder gets {@code localBlob}
 * @param remoteBlob the copy for the outbound queue (no Return-Path), null if none
 * @param reversePath the envelope sender
 * @param remote recipients outside the hosted domains
 */
public record Acceptance(
    String id,
    String listener,
    Long senderAccountId,
    BlobRef localBlob,
    List<Long> inbox,
    List<Long> junk,
    boolean sentCopy,
    BlobRef remoteBlob,
    String reversePath,
    List<String> remote) {

  public Acceptance {
    inbox = List.copyOf(inbox);
    junk = List.copyOf(junk);
    remote = List.copyOf(remote);
  }

  /** How many recipients the message has. */
  public int recipientCount() {
    return inbox.size() + junk.size() + remote.size();
  }

  /** The bytes this acceptance adds to the store (each blob once). */
  public long size() {
    return (localBlob == null ? 0 : localBlob.size())
        + (remoteBlob == null ? 0 : remoteBlob.size());
  }
}
