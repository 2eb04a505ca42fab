package org.jadepost.mailauth.control;

import java.util.List;
import org.jadepost.mailauth.entity.DkimOutcome;
import org.jadepost.mailauth.entity.DmarcOutcome;
import org.jadepost.mailauth.entity.SpfVerdict;

/** Formats the Authentication-Results header field (RFC 8601 §2.2). */
final class AuthenticationResults {

  private AuthenticationResults() {}

  /** The complete field, folded one method per line, ending in CRLF. */
  static String format(
      String authservId, SpfVerdict spf, List<DkimOutcome> dkim, DmarcOutcome dmarc) {
    StringBuilder field = new StringBuilder("Authentication-Results: ").append(clean(authservId));
    field
        .append(";\r\n\tspf=")
        .append(spf.result().token())
        .append(" smtp.")
        .append(spf.scope())
        .append('=')
        .append(clean(spf.identity()));
    for (DkimOutcome d : dkim) {
      field.append(";\r\n\tdkim=").append(d.result());
      if (!d.domain().isEmpty()) {
        field.append(" header.d=").append(clean(d.domain()));
        field.append(" header.s=").append(clean(d.selector()));
      }
    }
    field.append(";\r\n\tdmarc=").append(dmarc.result());
    if (!"none".equals(dmarc.result()) || !"none".equals(dmarc.policy())) {
      field
          .append(" (p=")
          .append(dmarc.policy())
          .append(" dis=")
          .append(dmarc.applied())
          .append(')');
    }
    if (!dmarc.fromDomain().isEmpty()) {
      field.append(" header.from=").append(clean(dmarc.fromDomain()));
    }
    return field.append("\r\n").toString();
  }

  // Values come from the client and from DNS: keep only what cannot break the field or its syntax.
  private static String clean(String value) {
    String kept = value == null ? "" : value.replaceAll("[^\\x21-\\x7e]|[;()\"\\\\]", "");
    return kept.isEmpty() ? "unknown" : kept;
  }
}
