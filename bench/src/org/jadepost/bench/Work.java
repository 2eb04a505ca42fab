package org.jadepost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** The bench's working directory: a temporary one, or the one given with --work. */
public final class Work {
  private static Path root;
  private static boolean temporary;

  private Work() {}

  public static synchronized void setRoot(Path dir) throws IOException {
    root = Files.createDirectories(dir);
  }

  public static synchronized Path dir(String name) throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("jadepost-bench-");
      temporary = true;
      // Postfix's and Dovecot's daemons run as other users and must reach their files below it.
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return Files.createDirectories(root.resolve(name));
  }

  /** Removes the temporary directory if nothing was kept in it. */
  public static synchronized void removeIfEmpty() {
    if (temporary && root != null) {
      try {
        Files.deleteIfExists(root); // fails, and keeps it, when something is left inside
      } catch (IOException e) {
        // kept on purpose (--keep) or still in use
      }
    }
  }

  public static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
