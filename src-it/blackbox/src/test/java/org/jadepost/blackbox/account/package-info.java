/**
 * Black-box tests of accounts through {@code /api/v1/domains/{d}/users}: provisioning, the password
 * policy, API authentication and the isolation of tenants from each other.
 */
package org.jadepost.blackbox.account;
