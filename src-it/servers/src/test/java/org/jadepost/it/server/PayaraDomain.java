package org.jadepost.it.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A Payara Server domain for one test run, copied from the installation's untouched {@code domain1}
 * and edited before its first start: every listener on loopback and moved into a {@link PortBlock},
 * no JMS broker (Jadepost has no JMS) and no Hazelcast data grid (it would bind to all interfaces
 * and look for cluster members).
 */
public final class PayaraDomain {

  /** HTTP, HTTPS, admin, IIOP (plain, SSL, mutual), JMX, JMS, Hazelcast DAS and members, OSGi. */
  public static final int[] DEFAULT_PORTS = {
    8080, 8181, 4848, 3700, 3820, 3920, 8686, 7676, 4900, 5900, 6666
  };

  private final Path directory;
  private final PortBlock ports;

  private PayaraDomain(Path directory, PortBlock ports) {
    this.directory = directory;
    this.ports = ports;
  }

  /**
   * Creates domain {@code name} in {@code domainsDir}, replacing one left by an earlier run.
   *
   * @param systemProperties added to the server JVM's options as {@code -Dkey=value}
   */
  public static PayaraDomain create(
      Path payaraHome,
      Path domainsDir,
      String name,
      PortBlock ports,
      Map<String, String> systemProperties)
      throws IOException {
    Path directory = domainsDir.resolve(name);
    Trees.delete(directory);
    Trees.copy(payaraHome.resolve("glassfish/domains/domain1"), directory);
    new PayaraDomainXml(directory.resolve("config/domain.xml")).configure(ports, systemProperties);
    return new PayaraDomain(directory, ports);
  }

  public Path directory() {
    return directory;
  }

  public String name() {
    return directory.getFileName().toString();
  }

  public Path domainsDir() {
    return directory.getParent();
  }

  public int adminPort() {
    return ports.port(4848);
  }

  public int httpPort() {
    return ports.port(8080);
  }

  public PortBlock ports() {
    return ports;
  }

  public Path serverLog() {
    return directory.resolve("logs/server.log");
  }

  /** The running server's process, from the pid file Payara keeps while it runs. */
  public Optional<ProcessHandle> process() {
    Path pidFile = directory.resolve("config/pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Kills the server if it still runs; the last resort after {@code stop-domain}. */
  public void kill() {
    process().ifPresent(ProcessHandle::destroyForcibly);
  }
}
