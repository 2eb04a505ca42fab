package org.jadepost.it.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * WildFly with {@code standalone-full.xml} in a fresh base directory, configured offline with
 * {@code jboss-cli} ({@link WildFlyConfiguration}), started with {@code standalone.sh} and a port
 * offset, deployed to and undeployed from through the deployment scanner's marker files.
 */
public final class WildFlyServer implements DeployedServer {

  /**
   * HTTP, HTTPS, management HTTP and HTTPS, IIOP, IIOP SSL, transaction recovery and status, AJP.
   */
  public static final int[] DEFAULT_PORTS = {8080, 8443, 9990, 9993, 3528, 3529, 4712, 4713, 8009};

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
  private static final String EAR = "jadepost.ear";

  private final Path base;
  private final Path console;
  private final PortBlock ports;
  private final String adminPassword;
  private final Process launcher;
  private final Thread killer;

  private WildFlyServer(Path base, Path console, PortBlock ports, String pw, Process launcher) {
    this.base = base;
    this.console = console;
    this.ports = ports;
    this.adminPassword = pw;
    this.launcher = launcher;
    this.killer = new Thread(this::kill, "kill WildFly " + base);
  }

  /** Configures a base directory in the empty directory {@code work} and starts the server. */
  public static WildFlyServer start(Path wildflyHome, Path work)
      throws IOException, InterruptedException {
    Path base = work.resolve("base");
    Trees.copy(wildflyHome.resolve("standalone"), base);
    WildFlyConfiguration.apply(wildflyHome, base, work.resolve("jboss-cli.log"));
    PortBlock ports = PortBlock.find(DEFAULT_PORTS);
    String password = ItSettings.newAdminPassword();
    Map<String, String> env = new HashMap<>(ports.jadepostEnvironment());
    env.put("JADEPOST_ADMIN_PASSWORD", password);
    env.put("JADEPOST_HOME", Files.createDirectories(work.resolve("jadepost-home")).toString());
    Path console = work.resolve("console.log");
    Process launcher = launch(wildflyHome, base, ports, env, console);
    WildFlyServer server = new WildFlyServer(base, console, ports, password, launcher);
    Runtime.getRuntime().addShutdownHook(server.killer);
    try {
      server.awaitStarted();
    } catch (RuntimeException | InterruptedException e) {
      server.kill();
      throw e;
    }
    return server;
  }

  private static Process launch(
      Path wildflyHome, Path base, PortBlock ports, Map<String, String> env, Path console)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-full.xml",
                "-Djboss.server.base.dir=" + base,
                "-b",
                "127.0.0.1",
                "-bmanagement",
                "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + ports.offset())
            .redirectErrorStream(true)
            .redirectOutput(console.toFile());
    builder.environment().putAll(env);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // The script then forwards TERM to the server JVM instead of leaving it behind.
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    return builder.start();
  }

  private void awaitStarted() throws InterruptedException {
    // WFLYSRV0025: started; WFLYSRV0026: started with errors, which a test must see as a failure.
    String started =
        LogFiles.awaitLine(
            console,
            line -> line.contains("WFLYSRV0025") || line.contains("WFLYSRV0026"),
            START_TIMEOUT,
            launcher::isAlive);
    if (started.contains("WFLYSRV0026")) {
      throw new IllegalStateException("WildFly started with errors\n" + logTail(80));
    }
  }

  /** Deploys {@code ear} as {@value #EAR} and waits until it runs. */
  public void deploy(Path ear) throws IOException, InterruptedException {
    Path deployments = base.resolve("deployments");
    Files.copy(ear, deployments.resolve(EAR + ".tmp"), StandardCopyOption.REPLACE_EXISTING);
    // Moved in whole, so the scanner never sees a half-copied archive.
    Files.move(deployments.resolve(EAR + ".tmp"), deployments.resolve(EAR));
    Path marker = awaitMarker(".deployed", ".failed");
    if (marker.toString().endsWith(".failed")) {
      throw new IllegalStateException(
          "Deployment failed: " + Files.readString(marker) + "\n" + logTail(120));
    }
  }

  @Override
  public Endpoints endpoints() {
    URI web = URI.create("http://127.0.0.1:" + ports.port(8080) + "/");
    // WildFly serves MicroProfile Health on the management interface only.
    URI readiness = URI.create("http://127.0.0.1:" + ports.port(9990) + "/health/ready");
    return Endpoints.of(web, readiness, ports, adminPassword);
  }

  @Override
  public String logTail(int lines) {
    return LogFiles.tail(console, lines);
  }

  /** Undeploys (removes the {@code .deployed} marker), then stops the server with TERM. */
  @Override
  public void undeployAndStop() throws IOException, InterruptedException {
    try {
      if (Files.deleteIfExists(base.resolve("deployments/" + EAR + ".deployed"))) {
        awaitMarker(".undeployed");
      }
    } finally {
      stop();
    }
  }

  private void stop() throws InterruptedException {
    try {
      List<ProcessHandle> servers = launcher.descendants().toList();
      servers.forEach(ProcessHandle::destroy);
      launcher.destroy();
      if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        kill();
      }
      for (ProcessHandle server : servers) {
        server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      kill();
      if (e instanceof InterruptedException interrupted) {
        throw interrupted;
      }
    } finally {
      Runtime.getRuntime().removeShutdownHook(killer);
    }
  }

  private void kill() {
    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
    launcher.destroyForcibly();
  }

  private Path awaitMarker(String... suffixes) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (String suffix : suffixes) {
        Path marker = base.resolve("deployments/" + EAR + suffix);
        if (Files.exists(marker)) {
          return marker;
        }
      }
      if (!launcher.isAlive()) {
        throw new IllegalStateException("WildFly ended\n" + logTail(80));
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "No " + List.of(suffixes) + " marker after " + DEPLOY_TIMEOUT + "\n" + logTail(120));
  }
}
