package org.jadepost.adapter.ra;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jadepost.adapter.testing.ProtocolScript;
import org.jadepost.adapter.testing.SmtpEndpoints;
import org.jadepost.adapter.testing.SmtpScript;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code protocol/smtp/<State>/<Case>.test} script (James mpt format, see {@link
 * ProtocolScript} and {@link SmtpScript}) against a real SMTP listener of a started adapter and an
 * {@link org.jadepost.adapter.testing.InMemorySmtpListener}. A {@code SPEC: name=value ...} line
 * sets activation properties; {@code bindAddress=NON_LOOPBACK} binds to an address that is not
 * loopback, where AUTH needs TLS.
 */
class SmtpScriptTest {

  @TempDir Path home;

  static Stream<String> scripts() {
    return Scripts.of("smtp");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void scriptShouldRunAsWritten(String script) throws Exception {
    List<String> lines = Scripts.read("smtp", script);
    AdapterFixture fixture = new AdapterFixture(home);
    SmtpEndpoints endpoints = new SmtpEndpoints();
    try {
      SmtpActivationSpec spec = new SmtpActivationSpec();
      spec.setListenerName("smtp");
      spec.setPort(0);
      Scripts.spec(lines, (name, value) -> set(spec, name, value));
      Path spool = home.resolve("spool").resolve("incoming");
      new ProtocolScript(
              fixture.activate(endpoints, spec), new SmtpScript(endpoints.listener(), spool))
          .execute(lines);
    } finally {
      fixture.close();
    }
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
