package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.platform.FormLogin;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.ServerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promise behind every 250 (FEATURES T1): concurrent senders deliver while the server is killed
 * with SIGKILL; after a restart every message that got its 250 is in the mailbox, and nothing
 * appears that was never sent.
 */
@ExtendWith(DatabaseAvailable.class)
class CrashDuringDeliveryIT {

  private static final int SENDERS = 8;
  private static final Pattern UNREAD = Pattern.compile("\\((\\d+)\\)");

  private JadepostProcess server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void acknowledgedMessagesShouldSurviveKillDashNine() throws Exception {
    server = JadepostProcess.startFresh(ServerSettings.named("crash"));
    Provisioning provisioning = new Provisioning(server);
    String domain = provisioning.createDomain("crash");
    String address = provisioning.createUser(domain, "alice", "Alice");
    int port = server.ports().smtp();

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger attempted = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      done.add(
          senders.submit(() -> sendUntilStopped(port, address, running, attempted, acknowledged)));
    }
    awaitAtLeast(acknowledged, 20);
    server.crash();
    running.set(false);
    senders.shutdown();
    assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    server.start();

    int stored = unread(address);
    System.out.printf(
        "crash test (%s): %d attempted, %d acknowledged, %d stored after restart%n",
        server.databaseKind(), attempted.get(), acknowledged.get(), stored);
    assertThat(acknowledged.get()).isGreaterThanOrEqualTo(20);
    assertThat(stored)
        .as("acknowledged %d, attempted %d", acknowledged.get(), attempted.get())
        .isBetween(acknowledged.get(), attempted.get());
  }

  private static void sendUntilStopped(
      int port, String to, AtomicBoolean running, AtomicInteger attempted, AtomicInteger acked) {
    while (running.get()) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(20_000);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        reply(in);
        for (String command :
            List.of("EHLO load.example", "MAIL FROM:<load@load.example>", "RCPT TO:<" + to + ">")) {
          send(out, command);
          reply(in);
        }
        send(out, "DATA");
        if (!reply(in).startsWith("354")) {
          continue;
        }
        attempted.incrementAndGet();
        send(out, "Subject: load " + System.nanoTime() + "\r\n\r\n" + "x".repeat(2000) + "\r\n.");
        if (reply(in).startsWith("250")) {
          acked.incrementAndGet();
        }
      } catch (IOException e) {
        pause();
      }
    }
  }

  private static void send(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String reply(BufferedReader in) throws IOException {
    String line = in.readLine();
    while (line != null && line.length() > 3 && line.charAt(3) == '-') {
      line = in.readLine();
    }
    if (line == null) {
      throw new IOException("connection closed");
    }
    return line;
  }

  private int unread(String address) {
    FormLogin.Landing landing = FormLogin.signIn(server.baseUri(), address, Provisioning.PASSWORD);
    int start = landing.body().indexOf("folder-inbox");
    String inbox = landing.body().substring(start, landing.body().indexOf("</li>", start));
    Matcher count = UNREAD.matcher(inbox);
    return count.find() ? Integer.parseInt(count.group(1)) : 0;
  }

  private static void awaitAtLeast(AtomicInteger counter, int target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (counter.get() < target && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
