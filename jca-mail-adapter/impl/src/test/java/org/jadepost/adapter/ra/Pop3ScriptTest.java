package org.jadepost.adapter.ra;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jadepost.adapter.testing.Pop3Endpoints;
import org.jadepost.adapter.testing.Pop3Script;
import org.jadepost.adapter.testing.ProtocolScript;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code protocol/pop3/<State>/<Case>.test} script (James mpt format, see {@link
 * Pop3Script}) against a real POP3 listener of a started adapter and an {@link
 * org.jadepost.adapter.testing.InMemoryPop3Listener}. A {@code SPEC: name=value ...} line sets
 * activation properties; {@code bindAddress=NON_LOOPBACK} binds to an address that is not loopback,
 * where logins need TLS.
 */
class Pop3ScriptTest {

  @TempDir Path home;

  static Stream<String> scripts() {
    return Scripts.of("pop3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void scriptShouldRunAsWritten(String script) throws Exception {
    List<String> lines = Scripts.read("pop3", script);
    AdapterFixture fixture = new AdapterFixture(home);
    Pop3Endpoints endpoints = new Pop3Endpoints();
    try {
      InetSocketAddress address = fixture.activate(endpoints, spec(lines));
      new ProtocolScript(address, new Pop3Script(endpoints.listener())).execute(lines);
    } finally {
      fixture.close();
    }
  }

  private static Pop3ActivationSpec spec(List<String> lines) {
    Pop3ActivationSpec spec = new Pop3ActivationSpec();
    spec.setListenerName("pop3");
    spec.setPort(0);
    Scripts.spec(lines, (name, value) -> set(spec, name, value));
    return spec;
  }

  private static void set(Pop3ActivationSpec spec, String name, String value) {
    switch (name) {
      case "tlsMode" -> spec.setTlsMode(value);
      case "maxLineLength" -> spec.setMaxLineLength(Integer.valueOf(value));
      case "maxErrors" -> spec.setMaxErrors(Integer.valueOf(value));
      case "maxConnectionsPerIp" -> spec.setMaxConnectionsPerIp(Integer.valueOf(value));
      case "idleTimeoutSeconds" -> spec.setIdleTimeoutSeconds(Integer.valueOf(value));
      case "bindAddress" -> spec.setBindAddress(Scripts.nonLoopbackAddress());
      default -> throw new IllegalArgumentException("unknown SPEC property " + name);
    }
  }
}
