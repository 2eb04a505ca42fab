package org.jadepost.mailauth.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.mailauth.entity.AuthenticationVerdict;
import org.jadepost.mailauth.entity.DkimOutcome;
import org.jadepost.mailauth.entity.DmarcOutcome;
import org.jadepost.mailauth.entity.SpfResult;
import org.jadepost.mailauth.entity.SpfVerdict;

/**
 * Checks SPF, DKIM and DMARC for mail received on MX (FEATURES T4) and says so in an
 * Authentication-Results field. Called by the MX delivery path after the end of DATA.
 */
@Stateless
public class InboundAuthenticator {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject MailAuthDns dns;

  @Inject
  @ConfigProperty(name = "jadepost.hostname")
  Optional<String> configuredHost;

  /** Checks SPF, DKIM and DMARC for a message received on MX. */
  public AuthenticationVerdict verify(
      String clientIp, String heloName, String reversePath, Path message) throws IOException {
    return verify(dns.lookup(), authservId(), clientIp, heloName, reversePath, message);
  }

  static AuthenticationVerdict verify(
      DnsLookup lookup,
      String authservId,
      String clientIp,
      String heloName,
      String reversePath,
      Path message)
      throws IOException {
    String helo = heloName == null ? "" : heloName.strip();
    SpfVerdict spf =
        literal(clientIp)
            .map(ip -> new SpfEvaluator(lookup).check(ip, helo, reversePath))
            .orElse(new SpfVerdict(SpfResult.NONE, "mailfrom", reversePath, ""));
    List<HeaderFields.Field> fields = HeaderFields.read(message);
    // jDKIM parses the whole message (and looks up mime4j through ServiceLoader) even when there
    // is nothing to verify: an unsigned message is dkim=none without it.
    boolean signed = fields.stream().anyMatch(f -> f.name().equals("dkim-signature"));
    List<DkimOutcome> dkim =
        signed ? new DkimVerification(lookup).verify(message) : List.of(DkimOutcome.NONE);
    DmarcOutcome dmarc =
        new DmarcEvaluator(lookup, () -> RANDOM.nextInt(100))
            .evaluate(fromDomain(fields), spf, dkim);
    return new AuthenticationVerdict(
        AuthenticationResults.format(authservId, spf, dkim, dmarc),
        dmarc.result(),
        "fail".equals(dmarc.result()) ? dmarc.applied() : dmarc.policy(),
        dmarc.rejects());
  }

  /** The one From domain; null when From is missing, unparsable or names several domains. */
  static String fromDomain(List<HeaderFields.Field> fields) {
    List<String> froms =
        fields.stream()
            .filter(f -> f.name().equals("from"))
            .map(HeaderFields.Field::value)
            .toList();
    if (froms.size() != 1) {
      return null;
    }
    try {
      List<String> domains =
          List.of(InternetAddress.parseHeader(froms.get(0), false)).stream()
              .map(a -> a.getAddress() == null ? "" : a.getAddress())
              .map(a -> a.substring(a.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT))
              .distinct()
              .toList();
      return domains.size() == 1 && !domains.get(0).isEmpty() ? domains.get(0) : null;
    } catch (AddressException e) {
      return null;
    }
  }

  /** The client address, only if it is an IP literal: never resolve a name here. */
  private static Optional<InetAddress> literal(String ip) {
    if (ip == null || !(ip.matches("[0-9.]+") || ip.matches("[0-9a-fA-F:.]+"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(ip));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** RFC 8601 §2.5: the name of this MX, {@code jadepost.hostname} or the host's own name. */
  private String authservId() {
    return configuredHost
        .filter(h -> !h.isBlank())
        .orElseGet(
            () -> {
              try {
                return InetAddress.getLocalHost().getCanonicalHostName();
              } catch (UnknownHostException e) {
                return "localhost";
              }
            });
  }
}
