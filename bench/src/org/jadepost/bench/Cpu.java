package org.jadepost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** CPU accounting from /proc: the server's process tree, this JVM, and the whole machine. */
public final class Cpu {
  private Cpu() {}

  public record Sample(long nanos, double server, double client, double busy) {}

  static final double TICK = 100.0; // USER_HZ on Linux

  public static Sample sample(List<Long> roots) {
    double server = 0;
    for (long root : roots) {
      server += tree(root);
    }
    double client = ManagementFactory.getPlatformMXBean(
        com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
    return new Sample(System.nanoTime(), server, client, busy());
  }

  /** CPU seconds of {@code pid} and its live descendants, with their reaped children. */
  public static double tree(long pid) {
    return ProcessHandle.of(pid)
        .map(h -> Stream.concat(Stream.of(h), h.descendants())
            .mapToDouble(p -> ticks(p.pid())).sum() / TICK)
        .orElse(0.0);
  }

  private static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14..17 of stat(5): utime stime cutime cstime; f[0] is field 3
      return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
          + Long.parseLong(f[14]);
    } catch (IOException | RuntimeException e) {
      return 0; // exited meanwhile
    }
  }

  /** Busy CPU seconds of the whole machine (all but idle and iowait). */
  static double busy() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      return (total - Long.parseLong(f[4]) - Long.parseLong(f[5])) / TICK;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
