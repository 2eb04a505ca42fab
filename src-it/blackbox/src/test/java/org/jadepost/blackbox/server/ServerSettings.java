package org.jadepost.blackbox.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to start one test server.
 *
 * @param name names the data directory under {@code target/it-homes} and the console log under
 *     {@code target/it-logs}
 * @param home the data directory ({@code JADEPOST_HOME})
 * @param adminPassword {@code JADEPOST_ADMIN_PASSWORD}; empty lets the server generate one
 * @param jmxPassword {@code JADEPOST_JMX_PASSWORD}; present turns remote JMX on
 * @param database H2 or a PostgreSQL schema
 * @param settings further environment variables, such as limits an operator sets
 */
public record ServerSettings(
    String name,
    Path home,
    Optional<String> adminPassword,
    Optional<String> jmxPassword,
    Database database,
    Map<String, String> settings) {

  private static final List<String> PASSED_ENVIRONMENT = List.of("PATH", "HOME", "JAVA_HOME");

  /** A server called {@code name} on this execution's database, without JMX or admin password. */
  public static ServerSettings named(String name) {
    Database database = Database.forServer(name);
    String qualified = name + "-" + database.kind();
    return new ServerSettings(
        qualified,
        TestRun.homes().resolve(qualified),
        Optional.empty(),
        Optional.empty(),
        database,
        Map.of());
  }

  /**
   * The launcher's whole environment: nothing of the test JVM's is passed on except what finding
   * {@code java}, {@code mvn} and {@code curl} needs.
   */
  Map<String, String> environment(Ports ports) {
    Map<String, String> env = new HashMap<>();
    for (String name : PASSED_ENVIRONMENT) {
      Optional.ofNullable(System.getenv(name)).ifPresent(value -> env.put(name, value));
    }
    env.put("JADEPOST_HOME", home.toString());
    env.put("JADEPOST_BIND", "127.0.0.1");
    env.put("JADEPOST_START_TIMEOUT", "240");
    env.putAll(ports.environment(jmxPassword.isPresent()));
    adminPassword.ifPresent(p -> env.put("JADEPOST_ADMIN_PASSWORD", p));
    jmxPassword.ifPresent(p -> env.put("JADEPOST_JMX_PASSWORD", p));
    env.putAll(database.environment());
    env.putAll(settings);
    return env;
  }

  public ServerSettings withAdminPassword(String password) {
    return new ServerSettings(name, home, Optional.of(password), jmxPassword, database, settings);
  }

  public ServerSettings withoutAdminPassword() {
    return new ServerSettings(name, home, Optional.empty(), jmxPassword, database, settings);
  }

  public ServerSettings withJmx(String password) {
    return new ServerSettings(name, home, adminPassword, Optional.of(password), database, settings);
  }

  /** With the environment variable {@code variable} set, as an operator would configure it. */
  public ServerSettings with(String variable, String value) {
    Map<String, String> more = new HashMap<>(settings);
    more.put(variable, value);
    return new ServerSettings(name, home, adminPassword, jmxPassword, database, Map.copyOf(more));
  }
}
