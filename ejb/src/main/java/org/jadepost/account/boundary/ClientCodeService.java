package org.jadepost.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.ClientCodeFormat;
import org.jadepost.account.control.ClientCodeStore;
import org.jadepost.account.control.PasswordHasher;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientAccessSettings;
import org.jadepost.account.entity.ClientCode;
import org.jadepost.account.entity.ClientCodeSummary;
import org.jadepost.account.entity.IssuedClientCode;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;

/**
 * A user's client authorization codes (T7): create (the code is shown once), list, revoke, and the
 * setting that makes mail clients log in with a code only. Always the caller's own account.
 */
@Stateless
public class ClientCodeService {

  /** The most codes one user may hold. */
  public static final int MAX_CODES = 20;

  private static final int MAX_LABEL = 100;

  @Inject AccountStore accounts;
  @Inject ClientCodeStore codes;

  /** Creates a code labelled {@code label}; the result is the only time the code is given out. */
  public IssuedClientCode create(Actor actor, String label) {
    Account account = owner(actor);
    String name = label(label);
    if (codes.count(account) >= MAX_CODES) {
      throw new InvalidRequestException(
          "clientcode.toomany",
          "A user can have at most " + MAX_CODES + " authorization codes",
          String.valueOf(MAX_CODES));
    }
    String code = ClientCodeFormat.generate();
    ClientCode stored =
        codes.persist(
            new ClientCode(account, name, ClientCodeFormat.hint(code), PasswordHasher.hash(code)));
    return new IssuedClientCode(stored.getId(), name, code, stored.getCreatedAt());
  }

  /** The caller's codes, oldest first, without the codes themselves. */
  public List<ClientCodeSummary> list(Actor actor) {
    return codes.of(owner(actor)).stream().map(ClientCodeSummary::of).toList();
  }

  /** Revokes the caller's code {@code id}; clients using it are refused from now on. */
  public void revoke(Actor actor, long id) {
    ClientCode code =
        codes
            .find(owner(actor), id)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "clientcode.notfound", "No such authorization code", String.valueOf(id)));
    codes.remove(code);
  }

  /** Whether the caller's mail clients must use a code. */
  public ClientAccessSettings settings(Actor actor) {
    return new ClientAccessSettings(owner(actor).isRequireClientCodes());
  }

  /** Changes the caller's setting; a {@code null} value leaves it as it is. */
  public ClientAccessSettings updateSettings(Actor actor, ClientAccessSettings changes) {
    Account account = owner(actor);
    if (changes.requireClientCodes() != null) {
      account.setRequireClientCodes(changes.requireClientCodes());
    }
    return new ClientAccessSettings(account.isRequireClientCodes());
  }

  private Account owner(Actor actor) {
    return accounts.own(actor);
  }

  private static String label(String input) {
    String value = input == null ? "" : input.strip();
    if (value.isEmpty()
        || value.length() > MAX_LABEL
        || value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException(
          "clientcode.label.invalid",
          "The label must have 1 to " + MAX_LABEL + " characters without control characters",
          String.valueOf(MAX_LABEL));
    }
    return value;
  }
}
