package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientCode;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.account.entity.LoginReason;
import org.jadepost.account.entity.ProviderAdministrator;
import org.jadepost.account.entity.Role;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainNames;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/**
 * Decides one login: a name without {@code @} is a provider administrator, {@code local@domain} an
 * account. Mail clients may use an authorization code, and only a code when the user requires it
 * (T7). An unknown login costs the same slow hash as a known one, and a disabled account is told
 * apart only after the secret matched, so timing and answers do not reveal who exists.
 */
@ApplicationScoped
public class LoginVerifier {

  @Inject AccountStore accounts;
  @Inject ClientCodeStore codes;
  @Inject DomainStore domains;
  @Inject VerifiedPasswords verified;

  /** The verdict on {@code name} (stripped) with {@code secret} over {@code protocol}. */
  public LoginVerdict verify(ClientProtocol protocol, String name, String secret) {
    int at = name.lastIndexOf('@');
    return at < 0
        ? provider(protocol, name.toLowerCase(Locale.ROOT), secret)
        : account(protocol, name.substring(0, at), name.substring(at + 1), secret);
  }

  /**
   * Whom {@code name} names, without checking any secret: for logging an attempt refused because of
   * a lock under {@code reason}.
   */
  public LoginVerdict identify(String name, LoginReason reason) {
    int at = name.lastIndexOf('@');
    if (at < 0) {
      return LoginVerdict.failed(reason, null);
    }
    Optional<String> domain = canonicalDomain(name.substring(at + 1));
    String localPart = name.substring(0, at).toLowerCase(Locale.ROOT);
    Optional<Account> account = domain.flatMap(d -> accounts.find(d, localPart));
    if (account.isEmpty()) {
      return LoginVerdict.failed(reason, domainId(domain));
    }
    Account a = account.get();
    return new LoginVerdict(
        Optional.empty(), reason, a.getDomain().getId(), a.getId(), a.address(), null);
  }

  private LoginVerdict provider(ClientProtocol protocol, String username, String secret) {
    Optional<ProviderAdministrator> admin = accounts.findProviderAdmin(username);
    String hash = admin.map(ProviderAdministrator::getPasswordHash).orElse(PasswordHasher.decoy());
    boolean ok = verified.matches(secret, hash);
    if (admin.isEmpty()) {
      return LoginVerdict.failed(LoginReason.UNKNOWN_USER, null);
    }
    if (!ok) {
      return LoginVerdict.failed(LoginReason.WRONG_PASSWORD, null);
    }
    if (protocol.isMailClient()) {
      return LoginVerdict.failed(LoginReason.NO_MAILBOX, null);
    }
    Actor actor = new Actor(Actor.Kind.PROVIDER_ADMIN, username, null, username);
    return new LoginVerdict(Optional.of(actor), LoginReason.PASSWORD, null, null, null, null);
  }

  private LoginVerdict account(
      ClientProtocol protocol, String localPart, String domainPart, String secret) {
    Optional<String> domain = canonicalDomain(domainPart);
    Optional<Account> found =
        domain.flatMap(d -> accounts.find(d, localPart.toLowerCase(Locale.ROOT)));
    if (found.isEmpty()) {
      verified.matches(secret, PasswordHasher.decoy());
      return LoginVerdict.failed(LoginReason.UNKNOWN_USER, domainId(domain));
    }
    Account account = found.get();
    Optional<ClientCode> code =
        protocol.isMailClient() ? matchingCode(account, secret) : Optional.empty();
    LoginReason reason =
        code.isPresent() ? LoginReason.CLIENT_CODE : passwordReason(account, secret);
    if (reason == LoginReason.PASSWORD
        && protocol.isMailClient()
        && account.isRequireClientCodes()) {
      reason = LoginReason.CODE_REQUIRED;
    }
    if (reason.isSuccess()) {
      reason = enabledReason(account, reason);
    }
    Optional<Actor> actor = reason.isSuccess() ? Optional.of(actorOf(account)) : Optional.empty();
    return new LoginVerdict(
        actor,
        reason,
        account.getDomain().getId(),
        account.getId(),
        account.address(),
        code.map(ClientCode::getId).orElse(null));
  }

  private static Actor actorOf(Account account) {
    Actor.Kind kind =
        account.getRole() == Role.DOMAIN_ADMIN ? Actor.Kind.DOMAIN_ADMIN : Actor.Kind.USER;
    return new Actor(
        kind, account.address(), account.getDomain().getName(), account.getDisplayName());
  }

  private LoginReason passwordReason(Account account, String secret) {
    return verified.matches(secret, account.getPasswordHash())
        ? LoginReason.PASSWORD
        : LoginReason.WRONG_PASSWORD;
  }

  private static LoginReason enabledReason(Account account, LoginReason success) {
    if (!account.isEnabled()) {
      return LoginReason.ACCOUNT_DISABLED;
    }
    return account.getDomain().isEnabled() ? success : LoginReason.DOMAIN_DISABLED;
  }

  private Optional<ClientCode> matchingCode(Account account, String secret) {
    Optional<String> typed = ClientCodeFormat.normalize(secret);
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    return codes.candidates(account, ClientCodeFormat.hint(typed.get())).stream()
        .filter(c -> verified.matches(typed.get(), c.getCodeHash()))
        .findFirst();
  }

  private Long domainId(Optional<String> domain) {
    return domain.flatMap(domains::find).map(MailDomain::getId).orElse(null);
  }

  private static Optional<String> canonicalDomain(String domain) {
    try {
      return Optional.of(DomainNames.normalize(domain));
    } catch (InvalidRequestException e) {
      return Optional.empty();
    }
  }
}
