/**
 * Client-side Arquillian extension that prepares the Payara Server domain the managed container
 * starts: a fresh copy of {@code domain1} on loopback and free ports, with Jadepost's settings as
 * JVM system properties. Runs in the test JVM only; nothing here is deployed.
 */
package org.jadepost.it.arquillian;
