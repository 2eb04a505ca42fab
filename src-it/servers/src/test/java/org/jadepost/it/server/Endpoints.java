package org.jadepost.it.server;

import java.net.URI;

/**
 * Where a deployed Jadepost answers.
 *
 * @param web the root of the web module (context root "/"), ending in a slash
 * @param readiness the MicroProfile Health readiness URL, which differs between servers
 * @param probePort the probe listener's port
 * @param adminPassword the provider administrator's password given to the server
 */
public record Endpoints(URI web, URI readiness, int probePort, String adminPassword) {}
