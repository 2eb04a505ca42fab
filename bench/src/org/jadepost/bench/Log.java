package org.jadepost.bench;

/** Progress lines on stderr; the report goes to stdout. */
public final class Log {
  private Log() {}

  public static void log(String line) {
    System.err.println("[bench] " + line);
  }
}
