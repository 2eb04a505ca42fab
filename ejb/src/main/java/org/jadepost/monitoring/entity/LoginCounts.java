package org.jadepost.monitoring.entity;

/**
 * Login figures of one node since it started (B4), as JMX shows them.
 *
 * @param successes successful logins
 * @param failures failed logins
 * @param refusals logins refused because of a lock
 * @param locks locks set
 * @param lockedNow logins and addresses locked now
 */
public record LoginCounts(
    long successes, long failures, long refusals, long locks, long lockedNow) {}
