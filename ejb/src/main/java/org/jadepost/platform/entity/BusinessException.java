package org.jadepost.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An expected failure of a use case. It carries a stable {@code code} that the web layer turns into
 * a localized message (bundle key {@code error.<code>}) and the REST layer returns as JSON, plus
 * the English text for logs and API clients. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final List<String> arguments;

  protected BusinessException(String code, String message, String... arguments) {
    super(message);
    this.code = code;
    this.arguments = List.of(arguments);
  }

  /** The stable error code, for example {@code domain.exists}. */
  public String code() {
    return code;
  }

  /** Values to fill into the localized message ({0}, {1} ...). */
  public List<String> arguments() {
    return arguments;
  }
}
