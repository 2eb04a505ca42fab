/**
 * Starts and stops Jadepost the way a user does, through {@code bin/jadepost run} as a child
 * process, and shares one running server between the test classes of a JVM. Talks to the server
 * over the network and {@code /proc} only; knows nothing of the product's classes.
 */
package org.jadepost.blackbox.server;
