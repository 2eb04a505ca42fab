package org.jadepost.web.rest.account;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jadepost.account.entity.LoginLogFilter;
import org.jadepost.account.entity.LoginResult;
import org.jadepost.platform.entity.InvalidRequestException;

/** The query parameters of the login log resources, as a bean for {@code @BeanParam}. */
public class LoginLogQuery {

  @QueryParam("domain")
  String domain;

  @QueryParam("account")
  String account;

  @QueryParam("ip")
  String ip;

  @QueryParam("result")
  String result;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("offset")
  @DefaultValue("0")
  int offset;

  @QueryParam("limit")
  @DefaultValue("100")
  int limit;

  /** The filter these parameters describe; a bad value is a 400. */
  LoginLogFilter filter() {
    return new LoginLogFilter(
        blankToNull(domain),
        blankToNull(account),
        blankToNull(ip),
        result(),
        instant(from),
        instant(to));
  }

  private LoginResult result() {
    if (blankToNull(result) == null) {
      return null;
    }
    try {
      return LoginResult.valueOf(result.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "loginlog.result.invalid", "result must be SUCCESS, FAILURE, REFUSED or LOCKED", result);
    }
  }

  private static Instant instant(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "loginlog.time.invalid",
          "from and to are ISO-8601 instants such as 2026-01-31T08:00:00Z",
          value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
