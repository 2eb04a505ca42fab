package org.jadepost.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.control.LoggedApiLogins;
import org.jadepost.account.control.LoginLogWriter;
import org.jadepost.account.control.LoginStatistics;
import org.jadepost.account.control.LoginThrottle;
import org.jadepost.account.control.LoginVerdict;
import org.jadepost.account.control.LoginVerifier;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientLogin;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.account.entity.LoginAttempt;
import org.jadepost.account.entity.LoginReason;
import org.jadepost.account.entity.LoginResult;
import org.jadepost.platform.entity.TooManyAttemptsException;

/**
 * Checks every login, from the web, the REST API and the mail listeners (SMTP, IMAP, POP3):
 * throttles it per login and per client address, verifies the password or authorization code, and
 * writes the attempt to the login log (B4), also when it ends in {@link TooManyAttemptsException}
 * (a REST caller's successes once a minute, see {@link LoggedApiLogins}).
 */
@Stateless
public class AuthenticationService {

  @Inject LoginVerifier verifier;
  @Inject LoginThrottle throttle;
  @Inject LoginLogWriter log;
  @Inject LoggedApiLogins loggedApiLogins;
  @Inject LoginStatistics statistics;

  /**
   * The principal for {@code login}, if its secret is right and it may log in over its protocol.
   *
   * @throws TooManyAttemptsException when the login or the client address is locked after too many
   *     failures
   */
  public Optional<Actor> authenticateClient(ClientLogin login) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String name = login.login() == null ? "" : login.login().strip();
    String secret = login.secret();
    String address = login.remoteAddress();
    if (name.isEmpty() || name.length() > LoginAttempt.MAX_LOGIN || secret == null) {
      String cut = name.substring(0, Math.min(name.length(), LoginAttempt.MAX_LOGIN));
      return failed(now, login, cut, LoginVerdict.invalid());
    }
    Optional<LoginReason> lock = throttle.lock(name, address);
    if (lock.isPresent()) {
      LoginVerdict refused = verifier.identify(name, lock.get());
      log.write(List.of(entry(now, login, LoginResult.REFUSED, refused)), null);
      throw locked();
    }
    LoginVerdict verdict = verifier.verify(login.protocol(), name, secret);
    if (!verdict.succeeded()) {
      return failed(now, login, name, verdict);
    }
    throttle.succeeded(name);
    if (login.protocol() != ClientProtocol.API || loggedApiLogins.firstInWindow(name, address)) {
      log.write(List.of(entry(now, login, LoginResult.SUCCESS, verdict)), verdict.codeId());
    } else {
      statistics.count(LoginResult.SUCCESS); // JMX still counts every login
    }
    return verdict.actor();
  }

  /** A web login with a password, for callers that know no client address. */
  public Optional<Actor> authenticate(String login, String password) {
    return authenticateClient(new ClientLogin(ClientProtocol.WEB, null, login, password));
  }

  // Logs the failure and any lock it set, then answers after the throttle's delay.
  private Optional<Actor> failed(
      Instant now, ClientLogin login, String name, LoginVerdict verdict) {
    List<LoginAttempt> entries = new ArrayList<>(3);
    entries.add(entry(now, login, LoginResult.FAILURE, verdict));
    for (LoginReason lock : throttle.failed(name, login.remoteAddress())) {
      entries.add(entry(now, login, LoginResult.LOCKED, verdict.withReason(lock)));
    }
    log.write(entries, null);
    pause(throttle.delay(name));
    return Optional.empty();
  }

  private TooManyAttemptsException locked() {
    return new TooManyAttemptsException(
        "login.locked",
        "Too many failed logins; try again in a few minutes",
        String.valueOf(Math.max(1, throttle.lockDuration().toMinutes())));
  }

  private static LoginAttempt entry(
      Instant now, ClientLogin login, LoginResult result, LoginVerdict verdict) {
    return new LoginAttempt(now, login, result, verdict.reason())
        .naming(verdict.domainId(), verdict.accountId(), verdict.accountAddress());
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
