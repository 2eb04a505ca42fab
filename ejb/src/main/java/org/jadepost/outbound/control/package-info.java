/**
 * The outbound queue and its rules: enqueueing (in the caller's transaction), claiming with a
 * lease, routing (static relay or MX), retries with back-off, the SMTP attempt through the
 * adapter's client connection factory, and DSNs. May use account, mailbox and platform control and
 * entity.
 */
package org.jadepost.outbound.control;
