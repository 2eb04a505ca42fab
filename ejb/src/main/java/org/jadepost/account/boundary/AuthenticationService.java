package org.jadepost.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.LoginThrottle;
import org.jadepost.account.control.PasswordHasher;
import org.jadepost.account.control.VerifiedPasswords;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ProviderAdministrator;
import org.jadepost.account.entity.Role;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.TooManyAttemptsException;
import org.jadepost.tenancy.control.DomainNames;

/**
 * Checks a login and password for the web, the REST API and (later) the mail protocols. A login
 * without {@code @} names a provider administrator; {@code local@domain} names an account.
 */
@Stateless
public class AuthenticationService {

  @Inject AccountStore accounts;
  @Inject LoginThrottle throttle;
  @Inject VerifiedPasswords verified;

  /**
   * The principal for {@code login}, if the password is right and the account may log in.
   *
   * @throws TooManyAttemptsException when the login had too many wrong passwords just now
   */
  public Optional<Actor> authenticate(String login, String password) {
    if (login == null || password == null || login.isBlank() || login.length() > 320) {
      return Optional.empty();
    }
    String name = login.strip();
    if (throttle.locked(name)) {
      throw new TooManyAttemptsException(
          "login.locked",
          "Too many wrong passwords; try again in a few minutes",
          String.valueOf(LoginThrottle.WINDOW.toMinutes()));
    }
    int at = name.lastIndexOf('@');
    Optional<Actor> actor =
        at < 0 ? provider(name.toLowerCase(Locale.ROOT), password) : account(name, at, password);
    if (actor.isPresent()) {
      throttle.succeeded(name);
    } else {
      throttle.failed(name);
    }
    return actor;
  }

  private Optional<Actor> provider(String username, String password) {
    Optional<ProviderAdministrator> admin = accounts.findProviderAdmin(username);
    String hash = admin.map(ProviderAdministrator::getPasswordHash).orElse(PasswordHasher.decoy());
    if (admin.isEmpty() || !verified.matches(password, hash)) {
      return Optional.empty();
    }
    return Optional.of(new Actor(Actor.Kind.PROVIDER_ADMIN, username, null, username));
  }

  private Optional<Actor> account(String address, int at, String password) {
    Optional<Account> account = find(address.substring(0, at), address.substring(at + 1));
    String hash = account.map(Account::getPasswordHash).orElse(PasswordHasher.decoy());
    boolean ok = verified.matches(password, hash);
    if (account.isEmpty() || !ok) {
      return Optional.empty();
    }
    Account a = account.get();
    if (!a.isEnabled() || !a.getDomain().isEnabled()) {
      return Optional.empty();
    }
    Actor.Kind kind = a.getRole() == Role.DOMAIN_ADMIN ? Actor.Kind.DOMAIN_ADMIN : Actor.Kind.USER;
    return Optional.of(new Actor(kind, a.address(), a.getDomain().getName(), a.getDisplayName()));
  }

  private Optional<Account> find(String localPart, String domain) {
    try {
      return accounts.find(DomainNames.normalize(domain), localPart.toLowerCase(Locale.ROOT));
    } catch (InvalidRequestException e) {
      return Optional.empty();
    }
  }
}
