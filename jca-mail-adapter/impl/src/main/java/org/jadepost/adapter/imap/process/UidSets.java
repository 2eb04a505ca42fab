package org.jadepost.adapter.imap.process;

/** Writes UID lists as compact sets, {@code 1:3,7} (RFC 4315 uid-set), keeping their order. */
final class UidSets {

  private UidSets() {}

  static String format(long[] uids) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < uids.length) {
      int j = i;
      while (j + 1 < uids.length && uids[j + 1] == uids[j] + 1) {
        j++;
      }
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(uids[i]);
      if (j > i) {
        out.append(':').append(uids[j]);
      }
      i = j + 1;
    }
    return out.toString();
  }
}
