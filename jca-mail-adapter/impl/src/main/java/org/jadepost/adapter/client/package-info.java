/**
 * The outbound side of the adapter: an SMTP client ({@link
 * org.jadepost.adapter.client.SmtpClientSession}, blocking sockets on the caller's thread) wrapped
 * as a JCA managed connection so that the container pools sessions per destination. Uses only
 * {@code adapter.api}, {@code adapter.net} (configuration lookup) and {@code adapter.outbound};
 * never the listeners.
 */
package org.jadepost.adapter.client;
