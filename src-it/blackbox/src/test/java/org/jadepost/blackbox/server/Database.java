package org.jadepost.blackbox.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The database a test server uses: the embedded H2 in its data directory, or PostgreSQL when the
 * failsafe execution asks for it ({@code -Djadepost.it.database=postgresql}). On PostgreSQL each
 * server gets its own schema, emptied when the server is created, so reruns and the several servers
 * of one run never see each other's rows.
 */
public sealed interface Database {

  /** The launcher's environment for this database. */
  Map<String, String> environment();

  /** Makes the database empty; called once before the first start on a fresh data directory. */
  void reset();

  /** {@code h2} or {@code postgresql}. */
  String kind();

  /**
   * The database of this failsafe execution for the server called {@code serverName}. On PostgreSQL
   * without {@code JADEPOST_IT_PG_URL}, the calling tests are skipped, or fail when {@code
   * CI=true}: a CI that silently skips the PostgreSQL run tests nothing.
   */
  static Database forServer(String serverName) {
    unavailable().ifPresent(Assumptions::abort);
    if (!postgreSqlRun()) {
      return new H2();
    }
    return new PostgreSql(
        env("JADEPOST_IT_PG_URL").orElseThrow(),
        env("JADEPOST_IT_PG_USER").orElse("jadepost"),
        env("JADEPOST_IT_PG_PASSWORD").orElse(""),
        "it_" + serverName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT));
  }

  /**
   * Why this execution's database cannot be used, if it cannot: the PostgreSQL run without {@code
   * JADEPOST_IT_PG_URL}. Under {@code CI=true} that is an error instead, since a CI that silently
   * skips the PostgreSQL run tests nothing.
   *
   * @throws IllegalStateException on CI without the PostgreSQL settings
   */
  static Optional<String> unavailable() {
    if (!postgreSqlRun() || env("JADEPOST_IT_PG_URL").isPresent()) {
      return Optional.empty();
    }
    String why =
        "JADEPOST_IT_PG_URL (with JADEPOST_IT_PG_USER and JADEPOST_IT_PG_PASSWORD) is not set,"
            + " so the PostgreSQL run cannot start";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(why + "; CI=true, so this fails instead of skipping.");
    }
    return Optional.of(why + "; skipped (under CI=true this fails).");
  }

  private static boolean postgreSqlRun() {
    return "postgresql".equals(System.getProperty("jadepost.it.database", "h2"));
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }

  /** The default: H2 files under the data directory, nothing to prepare. */
  record H2() implements Database {
    @Override
    public Map<String, String> environment() {
      return Map.of();
    }

    @Override
    public void reset() {}

    @Override
    public String kind() {
      return "h2";
    }
  }

  /** One schema of the PostgreSQL database CI provides, selected with {@code currentSchema}. */
  record PostgreSql(String url, String user, String password, String schema) implements Database {
    @Override
    public Map<String, String> environment() {
      String separator = url.contains("?") ? "&" : "?";
      return Map.of(
          "JADEPOST_DB_URL", url + separator + "currentSchema=" + schema,
          "JADEPOST_DB_USER", user,
          "JADEPOST_DB_PASSWORD", password);
    }

    @Override
    public void reset() {
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        statement.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot prepare schema " + schema + " at " + url, e);
      }
    }

    @Override
    public String kind() {
      return "postgresql";
    }

    /**
     * Runs one SQL update in this server's schema, for tests that must set up what no client can,
     * such as mail received more than a week ago; returns the number of rows changed.
     */
    public int update(String sql) {
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("SET search_path TO " + schema);
        return statement.executeUpdate(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot run " + sql, e);
      }
    }
  }
}
