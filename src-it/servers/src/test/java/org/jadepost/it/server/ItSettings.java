package org.jadepost.it.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Where the build put the artifact under test, the server distributions and the work area. */
public final class ItSettings {

  private ItSettings() {}

  /** The {@code jadepost.ear} the ear module built. */
  public static Path ear() {
    return existing("jadepost.it.ear");
  }

  /** The unpacked Payara Server ({@code payara6}). */
  public static Path payaraHome() {
    return existing("jadepost.it.payara.home");
  }

  /** The unpacked WildFly. */
  public static Path wildflyHome() {
    return existing("jadepost.it.wildfly.home");
  }

  /**
   * An empty directory under {@code target/servers} for one server's domain, data and logs; what an
   * earlier run left there is deleted.
   */
  public static Path freshWork(String name) throws IOException {
    Path work = Path.of(required("jadepost.it.work")).toAbsolutePath().resolve(name);
    Trees.delete(work);
    return Files.createDirectories(work);
  }

  /**
   * A directory under {@code target/servers} kept as it is, such as where browser tests leave what
   * the browser showed when they failed; made when missing.
   */
  public static Path workDirectory(String name) throws IOException {
    return Files.createDirectories(
        Path.of(required("jadepost.it.work")).toAbsolutePath().resolve(name));
  }

  /** A provider administrator password for one server start. */
  public static String newAdminPassword() {
    return "It-" + UUID.randomUUID();
  }

  private static Path existing(String property) {
    Path path = Path.of(required(property)).toAbsolutePath();
    if (!Files.exists(path)) {
      throw new IllegalStateException(property + " does not exist: " + path);
    }
    return path;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set; run the tests through Maven (failsafe)");
    }
    return value;
  }
}
