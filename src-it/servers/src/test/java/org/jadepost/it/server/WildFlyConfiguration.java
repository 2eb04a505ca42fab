package org.jadepost.it.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@code standalone-full.xml} lacks for Jadepost, applied with {@code jboss-cli} to an
 * embedded (offline) server: MicroProfile Health and OpenAPI, which only the {@code
 * standalone-microprofile} configurations have; health without management authentication, like on
 * Payara; the welcome-content location at "/", which would hide the web module's context root; and
 * a fast deployment scanner.
 */
final class WildFlyConfiguration {

  private static final List<String> SCRIPT =
      List.of(
          "embed-server --server-config=standalone-full.xml --std-out=discard",
          "/extension=org.wildfly.extension.microprofile.health-smallrye:add",
          "/subsystem=microprofile-health-smallrye:add(security-enabled=false)",
          "/extension=org.wildfly.extension.microprofile.openapi-smallrye:add",
          "/subsystem=microprofile-openapi-smallrye:add",
          "/subsystem=undertow/server=default-server/host=default-host/location=\\/:remove",
          "/subsystem=deployment-scanner/scanner=default:write-attribute(name=scan-interval,value=500)",
          "stop-embedded-server");

  private WildFlyConfiguration() {}

  static void apply(Path wildflyHome, Path base, Path log)
      throws IOException, InterruptedException {
    Path script = Files.write(base.resolve("jadepost-it.cli"), SCRIPT);
    Commands.run(
        log,
        Duration.ofMinutes(2),
        Map.of("JAVA_HOME", System.getProperty("java.home")),
        List.of(
            wildflyHome.resolve("bin/jboss-cli.sh").toString(),
            "-Djboss.server.base.dir=" + base,
            "--file=" + script));
  }
}
