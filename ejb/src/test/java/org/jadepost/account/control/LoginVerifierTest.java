package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.ClientCode;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.account.entity.LoginReason;
import org.jadepost.account.entity.ProviderAdministrator;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.Edition;
import org.jadepost.tenancy.entity.MailDomain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of T7 and B4 reasons, against in-memory stores (no container, no database). */
class LoginVerifierTest {

  private static final String PASSWORD = "Secret2024pw";
  private static final String CODE = "qhxkvbzmtrwpagde";
  private static String passwordHash;
  private static String codeHash;

  private final MailDomain domain =
      new MailDomain("example.com", Edition.STANDARD, 1 << 30, 1 << 20);
  private final List<ClientCode> codes = new ArrayList<>();
  private Account alice;
  private final LoginVerifier verifier = new LoginVerifier();

  @BeforeAll
  static void hash() {
    passwordHash = PasswordHasher.hash(PASSWORD);
    codeHash = PasswordHasher.hash(CODE);
  }

  LoginVerifierTest() {
    alice = new Account(domain, "alice", "Alice", passwordHash, 1 << 20);
    verifier.accounts = new Accounts();
    verifier.codes = new Codes();
    verifier.domains = new Domains();
    verifier.verified = new VerifiedPasswords();
  }

  @Test
  void mailClientsShouldTakePasswordOrCodeWhileCodesAreNotRequired() {
    codes.add(new ClientCode(alice, "Outlook", ClientCodeFormat.hint(CODE), codeHash));

    assertThat(reason(ClientProtocol.IMAP, PASSWORD)).isEqualTo(LoginReason.PASSWORD);
    assertThat(reason(ClientProtocol.POP3, CODE)).isEqualTo(LoginReason.CLIENT_CODE);
    assertThat(reason(ClientProtocol.SMTP, "QHXK VBZM TRWP AGDE"))
        .isEqualTo(LoginReason.CLIENT_CODE);
  }

  @Test
  void mailClientsShouldTakeOnlyTheCodeOnceCodesAreRequiredWhileTheWebKeepsThePassword() {
    codes.add(new ClientCode(alice, "Outlook", ClientCodeFormat.hint(CODE), codeHash));
    alice.setRequireClientCodes(true);

    for (ClientProtocol mail :
        List.of(ClientProtocol.SMTP, ClientProtocol.IMAP, ClientProtocol.POP3)) {
      assertThat(reason(mail, PASSWORD)).isEqualTo(LoginReason.CODE_REQUIRED);
      assertThat(reason(mail, CODE)).isEqualTo(LoginReason.CLIENT_CODE);
    }
    assertThat(reason(ClientProtocol.WEB, PASSWORD)).isEqualTo(LoginReason.PASSWORD);
    assertThat(reason(ClientProtocol.API, PASSWORD)).isEqualTo(LoginReason.PASSWORD);
  }

  @Test
  void theWebShouldNotTakeACode() {
    codes.add(new ClientCode(alice, "Outlook", ClientCodeFormat.hint(CODE), codeHash));

    assertThat(reason(ClientProtocol.WEB, CODE)).isEqualTo(LoginReason.WRONG_PASSWORD);
  }

  @Test
  void aRequiredCodeWithoutAnyCodeShouldStillRefuseThePassword() {
    alice.setRequireClientCodes(true);

    assertThat(verifier.verify(ClientProtocol.IMAP, "alice@example.com", PASSWORD).actor())
        .isEmpty();
  }

  @Test
  void disabledShouldBeToldOnlyAfterTheSecretMatched() {
    alice.setEnabled(false);

    assertThat(reason(ClientProtocol.WEB, "Wrong2024pw")).isEqualTo(LoginReason.WRONG_PASSWORD);
    assertThat(reason(ClientProtocol.WEB, PASSWORD)).isEqualTo(LoginReason.ACCOUNT_DISABLED);
    alice.setEnabled(true);
    domain.setEnabled(false);
    assertThat(reason(ClientProtocol.WEB, PASSWORD)).isEqualTo(LoginReason.DOMAIN_DISABLED);
  }

  @Test
  void unknownUsersAndTheProviderOnMailProtocolsShouldFail() {
    assertThat(verifier.verify(ClientProtocol.SMTP, "bob@example.com", PASSWORD).reason())
        .isEqualTo(LoginReason.UNKNOWN_USER);
    assertThat(verifier.verify(ClientProtocol.SMTP, "admin", PASSWORD).reason())
        .isEqualTo(LoginReason.NO_MAILBOX);
    assertThat(verifier.verify(ClientProtocol.WEB, "Admin", PASSWORD).succeeded()).isTrue();
  }

  @Test
  void successShouldNameTheAccountAndTheCodeUsed() {
    codes.add(new ClientCode(alice, "Outlook", ClientCodeFormat.hint(CODE), codeHash));

    LoginVerdict verdict = verifier.verify(ClientProtocol.IMAP, "Alice@Example.COM", CODE);

    assertThat(verdict.actor())
        .hasValueSatisfying(a -> assertThat(a.login()).isEqualTo("alice@example.com"));
    assertThat(verdict.accountAddress()).isEqualTo("alice@example.com");
  }

  private LoginReason reason(ClientProtocol protocol, String secret) {
    LoginVerdict verdict = verifier.verify(protocol, "alice@example.com", secret);
    assertThat(verdict.succeeded()).isEqualTo(verdict.reason().isSuccess());
    return verdict.reason();
  }

  private final class Accounts extends AccountStore {
    @Override
    public Optional<Account> find(String domainName, String localPart) {
      return domainName.equals("example.com") && localPart.equals("alice")
          ? Optional.of(alice)
          : Optional.empty();
    }

    @Override
    public Optional<ProviderAdministrator> findProviderAdmin(String username) {
      return username.equals("admin")
          ? Optional.of(new ProviderAdministrator("admin", passwordHash))
          : Optional.empty();
    }
  }

  private final class Codes extends ClientCodeStore {
    @Override
    public List<ClientCode> candidates(Account account, String hint) {
      return codes.stream().filter(c -> ClientCodeFormat.hint(CODE).equals(hint)).toList();
    }
  }

  private final class Domains extends DomainStore {
    @Override
    public Optional<MailDomain> find(String name) {
      return name.equals("example.com") ? Optional.of(domain) : Optional.empty();
    }
  }
}
