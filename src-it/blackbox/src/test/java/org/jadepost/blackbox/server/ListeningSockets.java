package org.jadepost.blackbox.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc}: the LISTEN entries of
 * {@code /proc/net/tcp} and {@code tcp6} whose inode is one of the process's open sockets ({@code
 * /proc/<pid>/fd/* -> socket:[inode]}).
 */
public final class ListeningSockets {

  private static final String LISTEN = "0A";
  private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");

  private ListeningSockets() {}

  /** The local addresses {@code pid} listens on. */
  public static List<InetSocketAddress> of(long pid) {
    Set<Long> inodes = socketInodes(pid);
    List<InetSocketAddress> listening = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : lines(Path.of(table))) {
        parse(line)
            .filter(entry -> entry.listening() && inodes.contains(entry.inode()))
            .ifPresent(entry -> listening.add(entry.local()));
      }
    }
    return listening;
  }

  /** One row of {@code /proc/net/tcp[6]}; empty for the header. */
  static Optional<Entry> parse(String line) {
    String[] fields = line.strip().split("\\s+");
    if (fields.length < 10 || !fields[0].endsWith(":")) {
      return Optional.empty();
    }
    String[] local = fields[1].split(":");
    return Optional.of(
        new Entry(
            new InetSocketAddress(address(local[0]), Integer.parseInt(local[1], 16)),
            LISTEN.equals(fields[3]),
            Long.parseLong(fields[9])));
  }

  /**
   * The kernel prints the address as 32-bit words in host (little-endian) order: {@code 0100007F}
   * is 127.0.0.1.
   */
  static InetAddress address(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int from = (word * 4 + 3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
      }
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Not an address: " + hex, e);
    }
  }

  private static Set<Long> socketInodes(long pid) {
    Set<Long> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        readLink(fd)
            .map(SOCKET_LINK::matcher)
            .filter(Matcher::matches)
            .ifPresent(m -> inodes.add(Long.parseLong(m.group(1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the descriptors of " + pid, e);
    }
    return inodes;
  }

  private static Optional<String> readLink(Path fd) {
    try {
      return Optional.of(Files.readSymbolicLink(fd).toString());
    } catch (IOException e) {
      return Optional.empty(); // closed meanwhile
    }
  }

  private static List<String> lines(Path table) {
    try {
      return Files.exists(table) ? Files.readAllLines(table) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parsed row: local address, whether it is in LISTEN state, its inode. */
  record Entry(InetSocketAddress local, boolean listening, long inode) {}
}
