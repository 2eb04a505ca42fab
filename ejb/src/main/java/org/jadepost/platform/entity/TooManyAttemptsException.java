package org.jadepost.platform.entity;

import jakarta.ejb.ApplicationException;

/** The caller failed too often in a short time and must wait; REST answers 429. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public TooManyAttemptsException(String code, String message, String... arguments) {
    super(code, message, arguments);
  }
}
