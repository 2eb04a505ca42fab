package org.jadepost.blackbox.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Jadepost started with {@code bin/jadepost run} as a child process: a clean environment, a
 * data directory under {@code target/it-homes}, free ports, console output appended to {@code
 * target/it-logs/<name>.out}. It is ready when the launcher prints its banner; it stops with
 * SIGTERM, as Ctrl-C or a service manager would stop it, and can start again on the same data
 * directory.
 */
public final class JadepostProcess implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

  private final ServerSettings settings;
  private final ConsoleLog console;
  private final Thread killOnExit = new Thread(this::killAll, "stop-jadepost-on-exit");
  private volatile Process launcher;
  private Ports ports;
  private Banner banner;
  private Optional<String> generatedAdminPassword = Optional.empty();
  private int starts;

  private JadepostProcess(ServerSettings settings) {
    this.settings = settings;
    this.console = new ConsoleLog(TestRun.logs().resolve(settings.name() + ".out"));
  }

  /** Empties the data directory, the database and the console log, then starts. */
  public static JadepostProcess startFresh(ServerSettings settings) {
    Directories.delete(settings.home());
    settings.database().reset();
    JadepostProcess server = new JadepostProcess(settings);
    server.console.clear();
    server.start();
    return server;
  }

  /** Starts on the same data directory with new ports and waits for the banner. */
  public synchronized void start() {
    if (launcher != null) {
      throw new IllegalStateException(settings.name() + " is already running");
    }
    ports = Ports.allocate();
    long offset = console.beginStart(settings.name(), ++starts);
    ProcessBuilder builder =
        new ProcessBuilder(TestRun.launcher().toString(), "run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(settings.environment(ports));
    try {
      launcher = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + TestRun.launcher(), e);
    }
    Runtime.getRuntime().addShutdownHook(killOnExit);
    banner = awaitBanner(offset);
    if (starts == 1) {
      generatedAdminPassword = banner.generatedAdminPassword();
    }
  }

  /** Sends SIGTERM to the launcher and waits until it and everything it started have exited. */
  public synchronized Stopped stop() {
    if (launcher == null) {
      throw new IllegalStateException(settings.name() + " is not running");
    }
    List<ProcessHandle> children = launcher.descendants().toList();
    launcher.destroy();
    boolean exited = waitFor(launcher.toHandle(), STOP_TIMEOUT);
    Duration grace = exited ? Duration.ofSeconds(10) : Duration.ZERO;
    List<Long> survivors =
        children.stream().filter(c -> !waitFor(c, grace)).map(ProcessHandle::pid).toList();
    Stopped stopped = new Stopped(exited ? launcher.exitValue() : -1, survivors);
    children.forEach(ProcessHandle::destroyForcibly);
    killAll();
    return stopped;
  }

  /**
   * Kills the server's JVM with SIGKILL, as a crash or {@code kill -9} would: no shutdown hook, no
   * clean close of the database. Then reaps the launcher; {@link #start()} may follow.
   */
  public synchronized void crash() {
    if (launcher == null) {
      throw new IllegalStateException(settings.name() + " is not running");
    }
    List<ProcessHandle> jvms = javaProcesses();
    jvms.forEach(ProcessHandle::destroyForcibly);
    jvms.forEach(p -> waitFor(p, Duration.ofSeconds(10)));
    killAll();
  }

  @Override
  public synchronized void close() {
    if (launcher != null) {
      stop();
    }
  }

  /** The web and REST base, {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + ports.http());
  }

  public Ports ports() {
    return ports;
  }

  /** The banner of the latest start. */
  public Banner banner() {
    return banner;
  }

  public Path home() {
    return settings.home();
  }

  /** The administrator's password: the configured one, or the one the first start printed. */
  public String adminPassword() {
    return settings
        .adminPassword()
        .or(() -> generatedAdminPassword)
        .orElseThrow(() -> new IllegalStateException("No administrator password is known"));
  }

  public Optional<String> jmxPassword() {
    return settings.jmxPassword();
  }

  /** {@code h2} or {@code postgresql}. */
  /** The database this server runs on. */
  public Database database() {
    return settings.database();
  }

  public String databaseKind() {
    return settings.database().kind();
  }

  /** The JVMs the launcher started (normally one: Payara Micro). */
  public synchronized List<ProcessHandle> javaProcesses() {
    return launcher
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .toList();
  }

  private Banner awaitBanner(long offset) {
    Instant deadline = Instant.now().plus(TestRun.startTimeout());
    while (true) {
      String output = console.readFrom(offset);
      Optional<Banner> ready = Banner.find(output);
      if (ready.isPresent()) {
        return ready.get();
      }
      if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
        String why =
            launcher.isAlive()
                ? "printed no banner within " + TestRun.startTimeout()
                : "exited with " + launcher.exitValue() + " before it was ready";
        killAll();
        throw new IllegalStateException(
            String.format(
                "bin/jadepost run (%s) %s; see %s and %s:%n%s",
                settings.name(), why, console, settings.home().resolve("logs"), output));
      }
      pause();
    }
  }

  /** Kills the launcher and whatever it started, without asking; also the JVM's exit hook. */
  private void killAll() {
    Process process = launcher;
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    waitFor(process.toHandle(), Duration.ofSeconds(10));
    launcher = null;
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException e) {
      // The JVM is exiting: this is the hook itself running.
    }
  }

  private static boolean waitFor(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !process.isAlive();
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the server", e);
    }
  }

  /**
   * How a stop ended.
   *
   * @param exitCode the launcher's exit code, -1 if it had to be killed
   * @param survivors processes the launcher had started that were still alive after it exited
   */
  public record Stopped(int exitCode, List<Long> survivors) {}
}
