/**
 * The network layer of the mail adapter: the acceptor that binds one listener, the channel pipeline
 * (TLS, idle timeout, line/literal reader), the per-connection {@link
 * org.jadepost.adapter.net.ClientConnection} that protocols write to, and TLS key material.
 *
 * <p>It may call Netty, BouncyCastle, the JDK and {@code adapter.api}. It knows nothing about JCA,
 * MDBs or any particular protocol: protocols plug in through {@link
 * org.jadepost.adapter.net.ProtocolHandler}, and commands run on an {@link
 * java.util.concurrent.Executor} handed in by {@code adapter.ra}.
 */
package org.jadepost.adapter.net;
