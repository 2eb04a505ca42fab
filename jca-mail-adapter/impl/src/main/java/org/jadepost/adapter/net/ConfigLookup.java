package org.jadepost.adapter.net;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads deployment settings from environment variables and system properties. Settings come from
 * the environment so that one build deploys anywhere without editing MDB annotations; the two
 * sources are functions so that tests can supply their own.
 *
 * @param environment looks up an environment variable, returning {@code null} when unset
 * @param properties looks up a system property, returning {@code null} when unset
 */
public record ConfigLookup(
    Function<String, String> environment, Function<String, String> properties) {

  /** The lookup of the running JVM. */
  public static ConfigLookup system() {
    return new ConfigLookup(System::getenv, System::getProperty);
  }

  /** A lookup over fixed maps, for tests. */
  public static ConfigLookup of(Map<String, String> environment, Map<String, String> properties) {
    return new ConfigLookup(Map.copyOf(environment)::get, Map.copyOf(properties)::get);
  }

  /**
   * The environment variable if set, else the system property. Blank values count as unset so that
   * an empty {@code JADEPOST_BIND=} in a compose file does not override the default.
   */
  public Optional<String> find(String variable, String property) {
    return value(environment, variable).or(() -> value(properties, property));
  }

  /** The system property alone, for JVM facts such as {@code user.home}. */
  public Optional<String> property(String property) {
    return value(properties, property);
  }

  private static Optional<String> value(Function<String, String> source, String name) {
    return Optional.ofNullable(source.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
