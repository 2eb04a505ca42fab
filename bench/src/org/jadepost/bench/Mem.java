package org.jadepost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Memory of processes from /proc, and a JVM's heap through jcmd. */
public final class Mem {
  private Mem() {}

  /** Summed over a process tree: resident set, proportional set (shared pages split), count. */
  public record Tree(long rssKb, long pssKb, int processes, int threads) {}

  public static Tree tree(long rootPid) {
    List<ProcessHandle> all = ProcessHandle.of(rootPid)
        .map(h -> Stream.concat(Stream.of(h), h.descendants()).toList())
        .orElse(List.of());
    long rss = 0;
    long pss = 0;
    int threads = 0;
    int n = 0;
    for (ProcessHandle p : all) {
      long r = statusField(p.pid(), "VmRSS:");
      if (r < 0) {
        continue; // exited meanwhile
      }
      n++;
      rss += r;
      threads += Math.max(0, statusField(p.pid(), "Threads:"));
      pss += Math.max(0, field(Path.of("/proc/" + p.pid() + "/smaps_rollup"), "Pss:"));
    }
    return new Tree(rss, pss, n, threads);
  }

  static long statusField(long pid, String name) {
    return field(Path.of("/proc/" + pid + "/status"), name);
  }

  private static long field(Path file, String name) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
        }
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  /** Java heap in use right after a full GC (jcmd GC.run, then GC.heap_info), in KB. */
  public static long heapAfterGcKb(JadepostServer server) throws Exception {
    server.jcmd("GC.run");
    Thread.sleep(1000);
    server.jcmd("GC.run");
    String info = server.jcmd("GC.heap_info");
    Matcher m = USED.matcher(info);
    if (!m.find()) {
      throw new IllegalStateException("no 'used' in GC.heap_info: " + info);
    }
    return Long.parseLong(m.group(1));
  }
}
