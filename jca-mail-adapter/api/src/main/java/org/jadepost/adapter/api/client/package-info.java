/**
 * The outbound side of the mail adapter as the application sees it: a connection factory for SMTP
 * client connections to other mail servers, and the immutable records of one SMTP transaction.
 * Imports nothing but the JDK, like the rest of {@code adapter.api}.
 */
package org.jadepost.adapter.api.client;
