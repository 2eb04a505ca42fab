/**
 * The probe protocol: one request line, one reply line, answered by a {@link
 * org.jadepost.adapter.api.ProbeListener} MDB. It proves the path socket, adapter, MDB and EJB end
 * to end and gives operators a way to check a listener with {@code nc} or {@code openssl s_client}.
 * The adapter itself answers {@code STARTTLS}.
 *
 * <p>It may call {@code adapter.api}, {@code adapter.net} and {@code adapter.endpoint}.
 */
package org.jadepost.adapter.probe;
