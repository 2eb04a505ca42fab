package org.jadepost.it.server;

import java.net.URI;

/**
 * Where a deployed Jadepost answers.
 *
 * @param web the root of the web module (context root "/"), ending in a slash
 * @param readiness the MicroProfile Health readiness URL, which differs between servers
 * @param probePort the probe listener's port
 * @param submissionPort the submission listener's port (STARTTLS, AUTH)
 * @param imapPort the IMAP listener's port (STARTTLS)
 * @param pop3Port the POP3 listener's port (STLS)
 * @param relayPort where the server sends all outbound mail (JADEPOST_OUTBOUND_RELAY)
 * @param adminPassword the provider administrator's password given to the server
 */
public record Endpoints(
    URI web,
    URI readiness,
    int probePort,
    int submissionPort,
    int imapPort,
    int pop3Port,
    int relayPort,
    String adminPassword) {

  /** The endpoints of a server whose Jadepost listeners sit in {@code ports}. */
  static Endpoints of(URI web, URI readiness, PortBlock ports, String adminPassword) {
    return new Endpoints(
        web,
        readiness,
        ports.port(PortBlock.JADEPOST_DEFAULTS.get("JADEPOST_PROBE_PORT")),
        ports.port(PortBlock.JADEPOST_DEFAULTS.get("JADEPOST_SUBMISSION_PORT")),
        ports.port(PortBlock.JADEPOST_DEFAULTS.get("JADEPOST_IMAP_PORT")),
        ports.port(PortBlock.JADEPOST_DEFAULTS.get("JADEPOST_POP3_PORT")),
        ports.relayPort(),
        adminPassword);
  }
}
