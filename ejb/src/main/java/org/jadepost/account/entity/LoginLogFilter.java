package org.jadepost.account.entity;

import java.time.Instant;

/**
 * What to select from the login log; every {@code null} field matches everything.
 *
 * @param domain only this domain's entries
 * @param account only entries of this account address
 * @param remoteAddress only entries from this IP address
 * @param result only entries with this result
 * @param from only entries at or after this instant
 * @param to only entries before this instant
 */
public record LoginLogFilter(
    String domain,
    String account,
    String remoteAddress,
    LoginResult result,
    Instant from,
    Instant to) {

  /** The same filter, narrowed to {@code domainName}. */
  public LoginLogFilter inDomain(String domainName) {
    return new LoginLogFilter(domainName, account, remoteAddress, result, from, to);
  }

  /** The same filter for the account address {@code address} (or any, when {@code null}). */
  public LoginLogFilter withAccount(String address) {
    return new LoginLogFilter(domain, address, remoteAddress, result, from, to);
  }
}
