package org.jadepost.tenancy.entity;

/** What a domain has paid for; mail tracking (FEATURES I1) is professional only. */
public enum Edition {
  STANDARD,
  PROFESSIONAL
}
