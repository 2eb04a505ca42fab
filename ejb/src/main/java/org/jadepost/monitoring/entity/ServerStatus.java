package org.jadepost.monitoring.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A snapshot of the server for JMX, health and the probe listener.
 *
 * @param version the product version
 * @param startedAt when the application started
 * @param domainCount hosted domains
 * @param userCount accounts over all domains
 */
public record ServerStatus(String version, Instant startedAt, long domainCount, long userCount)
    implements Serializable {}
