package org.jadepost.adapter.pop3.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jadepost.adapter.api.pop3.Pop3Maildrop;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;

/**
 * The session's view of the maildrop (RFC 1939 §5): the snapshot taken at login, numbered from 1,
 * and the messages marked as deleted. Marked messages are left out of STAT, LIST and UIDL and
 * refused by RETR, TOP and DELE until RSET.
 */
public final class Maildrop {

  private final List<Pop3MessageInfo> messages;
  private final BitSet deleted = new BitSet();

  /** The session view of {@code snapshot}, nothing marked. */
  public Maildrop(Pop3Maildrop snapshot) {
    this.messages = snapshot.messages();
  }

  /** The highest message number, marked or not. */
  public int size() {
    return messages.size();
  }

  /** Messages not marked as deleted. */
  public int count() {
    return messages.size() - deleted.cardinality();
  }

  /** Octets of the messages not marked as deleted. */
  public long octets() {
    long total = 0;
    for (int i = 0; i < messages.size(); i++) {
      total += deleted.get(i) ? 0 : messages.get(i).size();
    }
    return total;
  }

  /** {@code <count> messages (<octets> octets)}, as LIST, RSET and the login reply say it. */
  public String summary() {
    return count() + " messages (" + octets() + " octets)";
  }

  /** Whether {@code number} names a message of the snapshot. */
  public boolean exists(int number) {
    return number >= 1 && number <= messages.size();
  }

  /** Whether message {@code number} is marked as deleted. */
  public boolean isDeleted(int number) {
    return exists(number) && deleted.get(number - 1);
  }

  /** Message {@code number}, if it exists and is not marked as deleted. */
  public Optional<Pop3MessageInfo> live(int number) {
    return exists(number) && !isDeleted(number)
        ? Optional.of(messages.get(number - 1))
        : Optional.empty();
  }

  /** Marks message {@code number} as deleted. */
  public void delete(int number) {
    deleted.set(number - 1);
  }

  /** RSET: unmarks every message. */
  public void reset() {
    deleted.clear();
  }

  /** The numbers of the messages not marked as deleted, ascending. */
  public List<Integer> liveNumbers() {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (!deleted.get(i)) {
        numbers.add(i + 1);
      }
    }
    return numbers;
  }

  /** The unique ids of the marked messages, for UPDATE. */
  public List<String> markedIds() {
    return deleted.stream().mapToObj(i -> messages.get(i).uniqueId()).toList();
  }
}
