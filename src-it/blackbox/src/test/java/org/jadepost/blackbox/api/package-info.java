/**
 * A thin client of the admin REST API ({@code java.net.http} and Jakarta JSON-P), plus the
 * provisioning shortcuts tests use to set up their own domains and users.
 */
package org.jadepost.blackbox.api;
