package org.jadepost.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/** The build's version (from {@code jadepost-version.properties}) and the start time. */
@ApplicationScoped
public class ProductVersion {

  private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final String version = load();

  public String version() {
    return version;
  }

  public Instant startedAt() {
    return startedAt;
  }

  private static String load() {
    try (InputStream in =
        ProductVersion.class.getResourceAsStream("/jadepost-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
