package org.jadepost.mailauth.control;

import java.net.InetAddress;

/** Prefix comparison of two addresses of the same family. */
final class Cidr {

  private Cidr() {}

  /** True when {@code candidate} lies in {@code network}/{@code prefix}. */
  static boolean contains(InetAddress network, int prefix, InetAddress candidate) {
    byte[] net = network.getAddress();
    byte[] ip = candidate.getAddress();
    if (net.length != ip.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full; i++) {
      if (net[i] != ip[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (net[full] & mask) == (ip[full] & mask);
  }
}
