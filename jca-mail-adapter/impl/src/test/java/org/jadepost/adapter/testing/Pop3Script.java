package org.jadepost.adapter.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The POP3 directives of a {@link ProtocolScript}: {@code STARTTLS} does the client handshake (for
 * STLS); {@code COMMITTED: regex} matches the unique ids of every commit so far (a list of lists);
 * {@code SECOND: regex} opens another connection from the same address, matches its first line and
 * expects the server to close it.
 */
public final class Pop3Script implements ProtocolScript.Directives {

  private final InMemoryPop3Listener listener;

  /** Directives checking what {@code listener} saw. */
  public Pop3Script(InMemoryPop3Listener listener) {
    this.listener = listener;
  }

  @Override
  public boolean step(String line, int number, ProtocolScript script) throws Exception {
    if (line.equals("STARTTLS")) {
      script.flush();
      script.client(new ProbeClient(TlsUpgrade.of(script.client(), script.address())));
    } else if (line.startsWith("COMMITTED: ")) {
      script.flush();
      assertThat(listener.commits().toString()).as("line %d", number).matches(line.substring(11));
    } else if (line.startsWith("SECOND: ")) {
      script.flush();
      try (ProbeClient second = ProbeClient.connect(script.address())) {
        assertThat(second.readLine()).as("line %d", number).matches(line.substring(8));
        assertThat(second.closedByServer()).as("line %d", number).isTrue();
      }
    } else {
      return false;
    }
    return true;
  }
}
