package org.jadepost.adapter.ra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jadepost.adapter.api.imap.MailboxEventsConnectionFactory;
import org.jadepost.adapter.events.MailboxEventsManagedConnectionFactory;
import org.jadepost.adapter.net.ConfigLookup;
import org.jadepost.adapter.testing.ImapEndpoints;
import org.jadepost.adapter.testing.ImapScript;
import org.jadepost.adapter.testing.PoolingConnectionManager;
import org.jadepost.adapter.testing.TestBootstrapContext;
import org.jadepost.adapter.testing.TestWorkManager;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code protocol/imap/<State>/<Case>.test} script (see {@link ImapScript}) against a
 * real IMAP listener of a started adapter and an in-memory listener whose changes are published
 * through the outbound {@link MailboxEventsConnectionFactory}, as the application publishes them. A
 * {@code SPEC: name=value ...} line sets activation properties.
 */
class ImapScriptTest {

  @TempDir Path home;

  static Stream<String> scripts() throws IOException, URISyntaxException {
    Path root = Path.of(ImapScriptTest.class.getResource("/protocol/imap").toURI());
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
            Path.of(getClass().getResource("/protocol/imap/" + script).toURI()),
            StandardCharsets.UTF_8);
    TestWorkManager workManager = new TestWorkManager();
    MailResourceAdapter adapter =
        new MailResourceAdapter(
            ConfigLookup.of(
                Map.of("JADEPOST_HOME", home.toString(), "JADEPOST_HOSTNAME", "mail.test"),
                Map.of()));
    adapter.start(new TestBootstrapContext(workManager));
    ImapEndpoints endpoints = new ImapEndpoints();
    MailboxEventsManagedConnectionFactory events = new MailboxEventsManagedConnectionFactory();
    events.setResourceAdapter(adapter);
    MailboxEventsConnectionFactory publisher =
        (MailboxEventsConnectionFactory)
            events.createConnectionFactory(new PoolingConnectionManager());
    endpoints.listener().publisher(publisher::publish);
    try {
      ImapActivationSpec spec = spec(adapter, lines);
      adapter.endpointActivation(endpoints, spec);
      InetSocketAddress address = adapter.localAddress(endpoints, spec).orElseThrow();
      new ImapScript(address, text -> endpoints.listener().deliver("INBOX", text)).execute(lines);
    } finally {
      adapter.stop();
      workManager.awaitNoLongWork(Duration.ofSeconds(10));
      workManager.close();
    }
  }

  private static ImapActivationSpec spec(MailResourceAdapter adapter, List<String> lines) {
    ImapActivationSpec spec = new ImapActivationSpec();
    spec.setListenerName("imap");
    spec.setPort(0);
    spec.setResourceAdapter(adapter);
    lines.stream()
        .filter(l -> l.startsWith("SPEC:"))
        .flatMap(l -> Stream.of(l.substring(5).trim().split(" +")))
        .forEach(
            p -> {
              String name = p.substring(0, p.indexOf('='));
              String value = p.substring(p.indexOf('=') + 1);
              switch (name) {
                case "maxMessageSize" -> spec.setMaxMessageSize(Long.valueOf(value));
                case "maxLineLength" -> spec.setMaxLineLength(Integer.valueOf(value));
                case "tlsMode" -> spec.setTlsMode(value);
                default -> throw new IllegalArgumentException("unknown SPEC property " + name);
              }
            });
    return spec;
  }
}
