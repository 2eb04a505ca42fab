package org.jadepost.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.PasswordHasher;
import org.jadepost.account.entity.ProviderAdministrator;
import org.jadepost.platform.control.DataDirectory;

/**
 * Makes sure the provider administrator {@code admin} exists. Its password comes from {@code
 * jadepost.admin.password} (env {@code JADEPOST_ADMIN_PASSWORD}), which also resets a lost one;
 * otherwise one is generated at first start and left, readable by the owner only, in {@code <data
 * dir>/initial-admin-password} for {@code bin/jadepost} to print once and delete.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AdministratorBootstrap {

  /** The provider administrator's login name. */
  public static final String ADMIN = "admin";

  static final String PASSWORD_FILE = "initial-admin-password";
  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject AccountStore accounts;
  @Inject DataDirectory dataDirectory;

  @Inject
  @ConfigProperty(name = "jadepost.admin.password")
  Optional<String> configuredPassword;

  @PostConstruct
  void ensureAdministrator() {
    Optional<ProviderAdministrator> existing = accounts.findProviderAdmin(ADMIN);
    Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
    if (existing.isPresent()) {
      configured
          .filter(p -> !PasswordHasher.matches(p, existing.get().getPasswordHash()))
          .ifPresent(p -> resetTo(existing.get(), p));
      return;
    }
    String password = configured.orElseGet(AdministratorBootstrap::generate);
    accounts.persist(new ProviderAdministrator(ADMIN, PasswordHasher.hash(password)));
    if (configured.isEmpty()) {
      Path file = dataDirectory.resolve(PASSWORD_FILE);
      try {
        DataDirectory.writePrivate(file, password + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      LOG.warning(() -> "Created provider administrator 'admin'; its password is in " + file);
    } else {
      LOG.info("Created provider administrator 'admin' with the configured password");
    }
  }

  private static void resetTo(ProviderAdministrator admin, String password) {
    admin.setPasswordHash(PasswordHasher.hash(password));
    LOG.info("Provider administrator password set from configuration");
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.append(random.nextInt(10)).toString();
  }
}
