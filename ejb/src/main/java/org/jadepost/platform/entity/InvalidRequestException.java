package org.jadepost.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * The input breaks a rule (a malformed domain name, a weak password, a quota above the domain's).
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String code, String message, String... arguments) {
    super(code, message, arguments);
  }
}
