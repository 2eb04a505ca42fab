package org.jadepost.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * Something the caller asked for does not exist, or is not visible to him. Another tenant's objects
 * are reported as not found so that their existence does not leak.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String code, String message, String... arguments) {
    super(code, message, arguments);
  }
}
