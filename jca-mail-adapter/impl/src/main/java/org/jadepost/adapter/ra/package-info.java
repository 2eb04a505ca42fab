/**
 * The JCA side of the mail adapter: the {@link org.jadepost.adapter.ra.MailResourceAdapter}, one
 * activation spec per protocol, the resolution of listener settings from the environment, and the
 * bridge that runs Netty event loops and protocol steps on the container's WorkManager.
 *
 * <p>It may call the Jakarta Connectors SPI, {@code adapter.net}, {@code adapter.endpoint} and the
 * protocol packages (to create a protocol for its activation spec). Nothing calls back into it.
 */
package org.jadepost.adapter.ra;
