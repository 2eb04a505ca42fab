package org.jadepost.adapter.net;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Open connections per client address of one listener, against its limit. */
final class ConnectionCounter {

  private final int maxPerAddress;
  private final ConcurrentMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

  ConnectionCounter(int maxPerAddress) {
    this.maxPerAddress = maxPerAddress;
  }

  /** Counts a new connection from {@code address}; false if that puts it over the limit. */
  boolean admit(InetAddress address) {
    return open.merge(address, 1, Integer::sum) <= maxPerAddress;
  }

  /** The connection counted by {@link #admit} has closed. */
  void release(InetAddress address) {
    open.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
  }

  int open(InetAddress address) {
    return open.getOrDefault(address, 0);
  }
}
