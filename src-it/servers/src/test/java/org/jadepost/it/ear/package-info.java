/**
 * Smoke tests of {@code jadepost.ear} deployed on each full application server, from outside:
 * health, the admin REST API, the login page and the probe socket (which proves the resource
 * adapter delivers to the MDB on that server), submitted mail read back over IMAP (with IDLE) and
 * POP3 with Jakarta Mail, and the user REST API's flows of issue 6 (compose, transfer station,
 * scheduled send on the server's EJB timer, read receipts), and the webmail itself driven in
 * headless Chromium. One contract per area, all mixed into {@link
 * org.jadepost.it.ear.DeployedEarContract}; one implementation per server.
 */
package org.jadepost.it.ear;
