package org.jadepost.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * The caller is authenticated but may not do this, for example a domain administrator acting on
 * another domain.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String code, String message, String... arguments) {
    super(code, message, arguments);
  }
}
