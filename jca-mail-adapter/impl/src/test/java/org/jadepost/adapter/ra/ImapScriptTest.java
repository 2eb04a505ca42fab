package org.jadepost.adapter.ra;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jadepost.adapter.api.imap.MailboxEventsConnectionFactory;
import org.jadepost.adapter.events.MailboxEventsManagedConnectionFactory;
import org.jadepost.adapter.testing.ImapEndpoints;
import org.jadepost.adapter.testing.ImapScript;
import org.jadepost.adapter.testing.PoolingConnectionManager;
import org.jadepost.adapter.testing.ProtocolScript;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code protocol/imap/<State>/<Case>.test} script (see {@link ProtocolScript} and
 * {@link ImapScript}) against a real IMAP listener of a started adapter and an in-memory listener
 * whose changes are published through the outbound {@link MailboxEventsConnectionFactory}, as the
 * application publishes them. SPEC properties: maxMessageSize, maxLineLength, tlsMode.
 */
class ImapScriptTest {

  @TempDir Path home;

  static Stream<String> scripts() {
    return Scripts.of("imap");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void scriptShouldRunAsWritten(String script) throws Exception {
    List<String> lines = Scripts.read("imap", script);
    AdapterFixture fixture = new AdapterFixture(home);
    ImapEndpoints endpoints = new ImapEndpoints();
    endpoints.listener().publisher(events(fixture.adapter)::publish);
    try {
      ImapActivationSpec spec = new ImapActivationSpec();
      spec.setListenerName("imap");
      spec.setPort(0);
      Scripts.spec(lines, (name, value) -> set(spec, name, value));
      new ProtocolScript(
              fixture.activate(endpoints, spec),
              new ImapScript(text -> endpoints.listener().deliver("INBOX", text)))
          .execute(lines);
    } finally {
      fixture.close();
    }
  }

  private static MailboxEventsConnectionFactory events(MailResourceAdapter adapter) {
    MailboxEventsManagedConnectionFactory events = new MailboxEventsManagedConnectionFactory();
    events.setResourceAdapter(adapter);
    return (MailboxEventsConnectionFactory)
        events.createConnectionFactory(new PoolingConnectionManager());
  }

  private static void set(ImapActivationSpec spec, String name, String value) {
    switch (name) {
      case "maxMessageSize" -> spec.setMaxMessageSize(Long.valueOf(value));
      case "maxLineLength" -> spec.setMaxLineLength(Integer.valueOf(value));
      case "tlsMode" -> spec.setTlsMode(value);
      default -> throw new IllegalArgumentException("unknown SPEC property " + name);
    }
  }
}
