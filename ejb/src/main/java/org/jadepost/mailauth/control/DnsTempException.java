package org.jadepost.mailauth.control;

/** A DNS query timed out or the server failed (SERVFAIL, REFUSED): a transient error. */
public class DnsTempException extends Exception {

  private static final long serialVersionUID = 1L;

  public DnsTempException(String message) {
    super(message);
  }
}
