/**
 * Smoke tests of {@code jadepost.ear} deployed on each full application server, from outside:
 * health, the admin REST API, the login page and the probe socket (which proves the resource
 * adapter delivers to the MDB on that server), and submitted mail read back over IMAP (with IDLE)
 * and POP3 with Jakarta Mail. Two contracts, one implementation per server.
 */
package org.jadepost.it.ear;
