package org.jadepost.mailauth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.mailauth.entity.AuthenticationVerdict;
import org.jadepost.mailauth.entity.DmarcDisposition;

/**
 * Turns a verdict into what the MX path does. {@code jadepost.dmarc.reject-action} says what a
 * DMARC reject becomes: {@code reject} (550 5.7.1), {@code quarantine} (the Spam folder, the
 * default: a false reject loses mail for good, a false quarantine does not) or {@code none} (only
 * recorded in Authentication-Results; then a quarantine policy is not enforced either).
 */
@ApplicationScoped
public class DmarcEnforcement {

  @Inject
  @ConfigProperty(name = "jadepost.dmarc.reject-action", defaultValue = "quarantine")
  String rejectAction;

  public DmarcDisposition disposition(AuthenticationVerdict verdict) {
    return decide(verdict, rejectAction);
  }

  static DmarcDisposition decide(AuthenticationVerdict verdict, String rejectAction) {
    String action = rejectAction == null ? "" : rejectAction.strip().toLowerCase(Locale.ROOT);
    if ("none".equals(action) || !"fail".equals(verdict.dmarcResult())) {
      return DmarcDisposition.ACCEPT;
    }
    if (verdict.dmarcRejects()) {
      return "reject".equals(action) ? DmarcDisposition.REJECT : DmarcDisposition.QUARANTINE;
    }
    return "quarantine".equals(verdict.dmarcPolicy())
        ? DmarcDisposition.QUARANTINE
        : DmarcDisposition.ACCEPT;
  }
}
