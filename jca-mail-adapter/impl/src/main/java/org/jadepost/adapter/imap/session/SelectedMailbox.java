package org.jadepost.adapter.imap.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapSelection;
import org.jadepost.adapter.imap.request.SequenceSet;

/**
 * The selected folder as this session knows it: the UIDs in message sequence number order (MSN n is
 * {@code uids[n-1]}), what was last reported (EXISTS, HIGHESTMODSEQ) and whether it is read-only.
 * Only this session touches it, under the session's lock.
 */
public final class SelectedMailbox {

  private final String name;
  private final boolean readOnly;
  private final long uidValidity;
  private long[] uids;
  private int size;
  private long uidNext;
  private long highestModseq;

  /** The folder as SELECT returned it. */
  public SelectedMailbox(ImapSelection selection, boolean readOnly) {
    this.name = selection.name();
    this.readOnly = readOnly || selection.readOnly();
    this.uidValidity = selection.uidValidity();
    this.uids = selection.uids().clone();
    this.size = uids.length;
    this.uidNext = selection.uidNext();
    this.highestModseq = selection.highestModseq();
  }

  /** The folder's full name. */
  public String name() {
    return name;
  }

  /** Whether the session may not change the folder (EXAMINE). */
  public boolean readOnly() {
    return readOnly;
  }

  /** The UIDVALIDITY at selection. */
  public long uidValidity() {
    return uidValidity;
  }

  /** The number of messages the client knows of. */
  public int exists() {
    return size;
  }

  /** The UIDNEXT last seen. */
  public long uidNext() {
    return uidNext;
  }

  /** The highest modseq last reported. */
  public long highestModseq() {
    return highestModseq;
  }

  /** Records a newer highest modseq and UIDNEXT. */
  public void advance(long modseq, long next) {
    highestModseq = Math.max(highestModseq, modseq);
    uidNext = Math.max(uidNext, next);
  }

  /**
   * Takes the session's own changes as reported when their modseqs directly follow the known one,
   * so the session is not told of its own STORE again; a gap means another session changed
   * something meanwhile, which the next report must still show.
   */
  public void absorb(long[] modseqs) {
    long[] sorted = modseqs.clone();
    Arrays.sort(sorted);
    for (long modseq : sorted) {
      if (modseq == highestModseq + 1) {
        highestModseq = modseq;
      } else if (modseq > highestModseq) {
        return;
      }
    }
  }

  /** The UID of message {@code msn}. */
  public long uid(int msn) {
    return uids[msn - 1];
  }

  /** The UIDs the session knows, ascending (a copy). */
  public long[] uids() {
    return Arrays.copyOf(uids, size);
  }

  /** The MSN of {@code uid}, or 0 when the session does not know it. */
  public int msn(long uid) {
    int index = Arrays.binarySearch(uids, 0, size, uid);
    return index < 0 ? 0 : index + 1;
  }

  /** The largest UID known, 0 for an empty folder. */
  public long lastUid() {
    return size == 0 ? 0 : uids[size - 1];
  }

  /** Adds a new message at the end; UIDs arrive ascending. */
  public void add(long uid) {
    if (size > 0 && uid <= uids[size - 1]) {
      return;
    }
    if (size == uids.length) {
      uids = Arrays.copyOf(uids, Math.max(16, size * 2));
    }
    uids[size++] = uid;
  }

  /** Removes {@code uid}; returns its former MSN, or 0 when unknown. */
  public int remove(long uid) {
    int msn = msn(uid);
    if (msn > 0) {
      System.arraycopy(uids, msn, uids, msn - 1, size - msn);
      size--;
    }
    return msn;
  }

  /**
   * The UIDs a sequence set names, ascending. With {@code byUid} false the numbers are MSNs, and
   * one beyond EXISTS makes the set invalid (RFC 3501 §9: BAD); UIDs not present are skipped.
   *
   * @throws IllegalArgumentException for an MSN that does not exist
   */
  public long[] resolve(SequenceSet set, boolean byUid) {
    List<long[]> ranges = set.resolve(byUid ? Math.max(lastUid(), 1) : Math.max(size, 1));
    List<Long> result = new ArrayList<>();
    boolean[] seen = new boolean[size];
    for (long[] range : ranges) {
      if (byUid) {
        int from = Arrays.binarySearch(uids, 0, size, range[0]);
        from = from < 0 ? -from - 1 : from;
        for (int i = from; i < size && uids[i] <= range[1]; i++) {
          seen[i] = true;
        }
      } else {
        if (range[1] > size) {
          throw new IllegalArgumentException("message " + range[1] + " does not exist");
        }
        for (long n = range[0]; n <= range[1]; n++) {
          seen[(int) n - 1] = true;
        }
      }
    }
    for (int i = 0; i < size; i++) {
      if (seen[i]) {
        result.add(uids[i]);
      }
    }
    return result.stream().mapToLong(Long::longValue).toArray();
  }
}
