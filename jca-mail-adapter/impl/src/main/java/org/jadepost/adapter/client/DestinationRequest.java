package org.jadepost.adapter.client;

import jakarta.resource.spi.ConnectionRequestInfo;
import org.jadepost.adapter.api.client.SmtpDestination;

/**
 * The connection request: which destination the caller wants. The pool matches pooled sessions by
 * it, which is what keys reuse by host and port.
 */
record DestinationRequest(SmtpDestination destination) implements ConnectionRequestInfo {}
