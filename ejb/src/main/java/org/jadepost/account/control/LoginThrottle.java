package org.jadepost.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.account.entity.LoginReason;

/**
 * Slows down and stops password guessing (B4), per login and per client IP address: each wrong
 * password past the first few of a login is answered later, and a login or an address that fails
 * too often within the window is locked for a while, whatever the password. A right password resets
 * its login's count (not the address's: one known account must not let an address go on guessing
 * others). Kept in memory per node; a restart forgets it.
 */
@ApplicationScoped
public class LoginThrottle {

  @Inject
  @ConfigProperty(name = "jadepost.login.max-failures", defaultValue = "10")
  int accountFailures;

  @Inject
  @ConfigProperty(name = "jadepost.login.max-failures-per-ip", defaultValue = "100")
  int addressFailures;

  @Inject
  @ConfigProperty(name = "jadepost.login.failure-window", defaultValue = "PT5M")
  Duration window;

  @Inject
  @ConfigProperty(name = "jadepost.login.lock-duration", defaultValue = "PT15M")
  Duration lockDuration;

  @Inject
  @ConfigProperty(name = "jadepost.login.slow-after", defaultValue = "3")
  int slowAfter;

  @Inject
  @ConfigProperty(name = "jadepost.login.max-delay", defaultValue = "PT2S")
  Duration maxDelay;

  private ThrottleLimits limits;
  private FailureCounter logins;
  private FailureCounter addresses;

  public LoginThrottle() {}

  LoginThrottle(Clock clock, ThrottleLimits limits) {
    configure(clock, limits);
  }

  @PostConstruct
  void init() {
    configure(
        Clock.systemUTC(),
        new ThrottleLimits(
            accountFailures, addressFailures, window, lockDuration, slowAfter, maxDelay));
  }

  private void configure(Clock clock, ThrottleLimits limits) {
    this.limits = limits;
    this.logins =
        new FailureCounter(clock, limits.accountFailures(), limits.window(), limits.lockDuration());
    this.addresses =
        new FailureCounter(clock, limits.addressFailures(), limits.window(), limits.lockDuration());
  }

  /** The lock that holds for {@code login} or {@code address} now, if any. */
  public Optional<LoginReason> lock(String login, String address) {
    if (logins.locked(key(login))) {
      return Optional.of(LoginReason.ACCOUNT_LOCKED);
    }
    if (address != null && addresses.locked(address)) {
      return Optional.of(LoginReason.ADDRESS_LOCKED);
    }
    return Optional.empty();
  }

  /** Counts a failure; returns the locks it set just now, to be logged. */
  public List<LoginReason> failed(String login, String address) {
    List<LoginReason> locks = new ArrayList<>(2);
    if (logins.failed(key(login))) {
      locks.add(LoginReason.ACCOUNT_LOCKED);
    }
    if (address != null && addresses.failed(address)) {
      locks.add(LoginReason.ADDRESS_LOCKED);
    }
    return locks;
  }

  /** How long to wait before answering the failure just counted for {@code login}. */
  public Duration delay(String login) {
    return limits.delayAfter(logins.count(key(login)));
  }

  /** Forgets the failures of {@code login} after a right password. */
  public void succeeded(String login) {
    logins.forget(key(login));
  }

  /** Logins and addresses locked now, for monitoring. */
  public long lockedCount() {
    return logins.lockedCount() + addresses.lockedCount();
  }

  /** How long a lock lasts. */
  public Duration lockDuration() {
    return limits.lockDuration();
  }

  private static String key(String login) {
    return login.strip().toLowerCase(Locale.ROOT);
  }
}
