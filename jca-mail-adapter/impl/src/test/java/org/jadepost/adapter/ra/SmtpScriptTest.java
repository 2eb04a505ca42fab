package org.jadepost.adapter.ra;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.testing.SmtpEndpoints;
import org.jadepost.adapter.testing.SmtpScript;
import org.jadepost.adapter.testing.TestBootstrapContext;
import org.jadepost.adapter.testing.TestWorkManager;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code protocol/smtp/<State>/<Case>.test} script (James mpt format, see {@link
 * SmtpScript}) against a real SMTP listener of a started adapter and an {@link
 * org.jadepost.adapter.testing.InMemorySmtpListener}. A {@code SPEC: name=value ...} line sets
 * activation properties; {@code bindAddress=NON_LOOPBACK} binds to an address that is not loopback,
 * where AUTH needs TLS.
 */
class SmtpScriptTest {

  @TempDir Path home;

  static Stream<String> scripts() throws IOException, URISyntaxException {
    Path root = Path.of(SmtpScriptTest.class.getResource("/protocol/smtp").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".test"))
          .map(f -> root.relativize(f).toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void scriptShouldRunAsWritten(String script) throws Exception {
    List<String> lines =
        Files.readAllLines(
            Path.of(getClass().getResource("/protocol/smtp/" + script).toURI()),
            StandardCharsets.UTF_8);
    TestWorkManager workManager = new TestWorkManager();
    MailResourceAdapter adapter =
        new MailResourceAdapter(
            ConfigLookup.of(
                Map.of("JADEPOST_HOME", home.toString(), "JADEPOST_HOSTNAME", "mail.test"),
                Map.of()));
    adapter.start(new TestBootstrapContext(workManager));
    SmtpEndpoints endpoints = new SmtpEndpoints();
    try {
      SmtpActivationSpec spec = spec(adapter, lines);
      adapter.endpointActivation(endpoints, spec);
      InetSocketAddress address = adapter.localAddress(endpoints, spec).orElseThrow();
      new SmtpScript(endpoints.listener(), address, home.resolve("spool").resolve("incoming"))
          .execute(lines);
    } finally {
      adapter.stop();
      workManager.awaitNoLongWork(Duration.ofSeconds(10));
      workManager.close();
    }
  }

  private static SmtpActivationSpec spec(MailResourceAdapter adapter, List<String> lines) {
    SmtpActivationSpec spec = new SmtpActivationSpec();
    spec.setListenerName("smtp");
    spec.setPort(0);
    spec.setResourceAdapter(adapter);
    lines.stream()
        .filter(l -> l.startsWith("SPEC:"))
        .flatMap(l -> Stream.of(l.substring(5).trim().split(" +")))
        .forEach(p -> set(spec, p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
    return spec;
  }

  /** A non-loopback address of this host; scripts needing one are skipped where none exists. */
  private static String nonLoopbackAddress() {
    try {
      Optional<String> address =
          NetworkInterface.networkInterfaces()
              .flatMap(NetworkInterface::inetAddresses)
              .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
              .filter(a -> !a.isLinkLocalAddress())
              .map(InetAddress::getHostAddress)
              .findFirst();
      assumeTrue(address.isPresent(), "no non-loopback IPv4 address");
      return address.get();
    } catch (SocketException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(SmtpActivationSpec spec, String name, String value) {
    switch (name) {
      case "listenerKind" -> spec.setListenerKind(value);
      case "tlsMode" -> spec.setTlsMode(value);
      case "maxMessageSize" -> spec.setMaxMessageSize(Long.valueOf(value));
      case "maxRecipients" -> spec.setMaxRecipients(Integer.valueOf(value));
      case "maxErrors" -> spec.setMaxErrors(Integer.valueOf(value));
      case "maxLineLength" -> spec.setMaxLineLength(Integer.valueOf(value));
      case "vrfyEnabled" -> spec.setVrfyEnabled(Boolean.valueOf(value));
      case "authRequired" -> spec.setAuthRequired(Boolean.valueOf(value));
      case "idleTimeoutSeconds" -> spec.setIdleTimeoutSeconds(Integer.valueOf(value));
      case "bindAddress" -> spec.setBindAddress(nonLoopbackAddress());
      default -> throw new IllegalArgumentException("unknown SPEC property " + name);
    }
  }
}
