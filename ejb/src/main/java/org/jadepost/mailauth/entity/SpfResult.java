package org.jadepost.mailauth.entity;

import java.util.Locale;

/** The results of check_host() (RFC 7208 §2.6). */
public enum SpfResult {
  NONE,
  NEUTRAL,
  PASS,
  FAIL,
  SOFTFAIL,
  TEMPERROR,
  PERMERROR;

  /** The lower-case name used in Authentication-Results and Received-SPF. */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }
}
