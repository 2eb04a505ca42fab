package org.jadepost.mailauth.control;

/** The SPF record is broken or exceeds a processing limit: check_host() returns permerror. */
class SpfPermError extends Exception {

  private static final long serialVersionUID = 1L;

  SpfPermError(String message) {
    super(message);
  }
}
