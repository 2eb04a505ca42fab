package org.jadepost.outbound.control;

import org.jadepost.adapter.api.client.SmtpClientReply;

/**
 * What an attempt achieved for one recipient.
 *
 * @param kind delivered, try later, or give up
 * @param remoteHost the server that answered, or {@code null}
 * @param reply its reply, or the local reason
 */
public record Outcome(Kind kind, String remoteHost, String reply) {

  /** The three results of an attempt. */
  public enum Kind {
    DELIVERED,
    DEFERRED,
    BOUNCED
  }

  /** The outcome a reply means: 2xx delivered, 4xx deferred, 5xx bounced. */
  static Outcome of(String host, SmtpClientReply reply) {
    Kind kind =
        reply.isPositive() ? Kind.DELIVERED : reply.isTransient() ? Kind.DEFERRED : Kind.BOUNCED;
    return new Outcome(kind, host, reply.toString());
  }
}
