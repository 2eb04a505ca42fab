/**
 * Runs full application servers for the tests: unpacked distributions under {@code target/}, each
 * server in a fresh domain or base directory, bound to loopback and to a block of free ports,
 * started and stopped as child processes that a JVM shutdown kills. Client side only: nothing here
 * is deployed.
 */
package org.jadepost.it.server;
