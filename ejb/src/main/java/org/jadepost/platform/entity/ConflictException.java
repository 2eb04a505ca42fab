package org.jadepost.platform.entity;

import jakarta.ejb.ApplicationException;

/** The request collides with existing state, for example a name that is already taken. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String message, String... arguments) {
    super(code, message, arguments);
  }
}
