package org.jadepost.it.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Payara Server driven through {@code asadmin}, as an administrator runs it: {@code start-domain},
 * {@code deploy}, {@code undeploy}, {@code stop-domain}. Jadepost's settings reach the server
 * through the environment of {@code start-domain}, which the server process inherits.
 */
public final class PayaraServer implements DeployedServer {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
  private static final String APPLICATION = "jadepost";

  private final Path payaraHome;
  private final PayaraDomain domain;
  private final Path asadminLog;
  private final String adminPassword;
  private final Thread killer;
  private boolean deployed;

  private PayaraServer(Path payaraHome, PayaraDomain domain, Path work, String adminPassword) {
    this.payaraHome = payaraHome;
    this.domain = domain;
    this.asadminLog = work.resolve("asadmin.log");
    this.adminPassword = adminPassword;
    this.killer = new Thread(domain::kill, "kill " + domain.directory());
  }

  /** Creates a domain in the empty directory {@code work} and starts it. */
  public static PayaraServer start(Path payaraHome, Path work)
      throws IOException, InterruptedException {
    PortBlock ports = PortBlock.find(PayaraDomain.DEFAULT_PORTS);
    PayaraDomain domain =
        PayaraDomain.create(payaraHome, work.resolve("domains"), "jadepost", ports, Map.of());
    PayaraServer server = new PayaraServer(payaraHome, domain, work, ItSettings.newAdminPassword());
    Runtime.getRuntime().addShutdownHook(server.killer);
    Map<String, String> env = new HashMap<>(ports.jadepostEnvironment());
    env.put("JADEPOST_ADMIN_PASSWORD", server.adminPassword);
    env.put("JADEPOST_HOME", Files.createDirectories(work.resolve("jadepost-home")).toString());
    try {
      server.asadmin(
          START_TIMEOUT,
          env,
          List.of("start-domain", "--domaindir", domain.domainsDir().toString(), domain.name()));
    } catch (IllegalStateException e) {
      domain.kill();
      throw new IllegalStateException(e.getMessage() + "\n" + server.logTail(80), e);
    }
    return server;
  }

  /** Deploys {@code ear} and waits until it runs. */
  public void deploy(Path ear) throws IOException, InterruptedException {
    try {
      asadmin(DEPLOY_TIMEOUT, Map.of(), remote("deploy", "--name", APPLICATION, ear.toString()));
      deployed = true;
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + "\n" + logTail(120), e);
    }
  }

  @Override
  public Endpoints endpoints() {
    URI web = URI.create("http://127.0.0.1:" + domain.httpPort() + "/");
    return Endpoints.of(web, web.resolve("health/ready"), domain.ports(), adminPassword);
  }

  @Override
  public String logTail(int lines) {
    return LogFiles.tail(domain.serverLog(), lines);
  }

  /** Undeploys, stops the domain and waits for its process to end; kills it if it must. */
  @Override
  public void undeployAndStop() throws IOException, InterruptedException {
    try {
      if (deployed) {
        asadmin(DEPLOY_TIMEOUT, Map.of(), remote("undeploy", APPLICATION));
      }
    } finally {
      try {
        var process = domain.process();
        asadmin(
            STOP_TIMEOUT,
            Map.of(),
            List.of("stop-domain", "--domaindir", domain.domainsDir().toString(), domain.name()));
        process.ifPresent(PayaraServer::awaitExit);
      } finally {
        domain.kill();
        Runtime.getRuntime().removeShutdownHook(killer);
      }
    }
  }

  private static void awaitExit(ProcessHandle process) {
    try {
      process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Killed by the caller.
    }
  }

  private List<String> remote(String... command) {
    List<String> arguments =
        new ArrayList<>(
            List.of("--host", "127.0.0.1", "--port", String.valueOf(domain.adminPort())));
    arguments.addAll(List.of(command));
    return arguments;
  }

  private void asadmin(Duration timeout, Map<String, String> env, List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(payaraHome.resolve("bin/asadmin").toString());
    command.add("--interactive=false");
    command.addAll(arguments);
    Map<String, String> environment = new HashMap<>(env);
    // The server runs on the JDK that runs the tests, not on whatever java is on the PATH.
    environment.put("AS_JAVA", System.getProperty("java.home"));
    Commands.run(asadminLog, timeout, environment, command);
  }
}
