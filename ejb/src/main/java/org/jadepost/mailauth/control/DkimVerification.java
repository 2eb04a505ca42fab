package org.jadepost.mailauth.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.api.Result;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.apache.james.jdkim.exceptions.TempFailException;
import org.jadepost.mailauth.entity.DkimOutcome;

/**
 * Verifies every DKIM-Signature of a message (RFC 6376 §6) with Apache jDKIM, fetching keys through
 * {@link DnsLookup} so the resolver and its timeouts are the same as for SPF and DMARC.
 */
public class DkimVerification {

  private static final String NO_KEY = "no key for signature";

  private final DnsLookup dns;

  public DkimVerification(DnsLookup dns) {
    this.dns = dns;
  }

  /** One outcome per signature, or {@link DkimOutcome#NONE} alone for an unsigned message. */
  public List<DkimOutcome> verify(Path message) throws IOException {
    DKIMVerifier verifier = new DKIMVerifier(retriever());
    try (InputStream in = new BufferedInputStream(Files.newInputStream(message))) {
      verifier.verify(in);
    } catch (FailException e) {
      // jDKIM throws when no signature is valid; the per-signature results below say why.
    }
    List<DkimOutcome> outcomes = new ArrayList<>();
    for (Result result : verifier.getResults()) {
      outcomes.add(outcome(result));
    }
    return outcomes.isEmpty() ? List.of(DkimOutcome.NONE) : outcomes;
  }

  private static DkimOutcome outcome(Result result) {
    SignatureRecord record = result.getRecord();
    String domain =
        record == null || record.getDToken() == null ? "" : record.getDToken().toString();
    String selector =
        record == null || record.getSelector() == null ? "" : record.getSelector().toString();
    String token =
        switch (result.getResultType()) {
          case PASS -> "pass";
          case FAIL -> keyMissing(result) ? "permerror" : "fail";
          case TEMPERROR -> "temperror";
          case PERMERROR -> "permerror";
          case POLICY -> "policy";
          case NEUTRAL -> "neutral";
          default -> "none";
        };
    return new DkimOutcome(token, domain.toLowerCase(Locale.ROOT), selector);
  }

  /** RFC 6376 §6.1.2 calls a missing key PERMFAIL, not a broken signature; jDKIM says FAIL. */
  private static boolean keyMissing(Result result) {
    String error = result.getErrorMessage();
    return error != null && error.contains(NO_KEY);
  }

  private PublicKeyRecordRetriever retriever() {
    return (method, selector, token) -> {
      if (!"dns/txt".equalsIgnoreCase(method.toString())) {
        throw new PermFailException("Only dns/txt is supported: " + method);
      }
      String name = selector + "._domainkey." + token;
      try {
        List<String> records = dns.txt(name);
        if (records.isEmpty()) {
          throw new PermFailException(NO_KEY + " at " + name);
        }
        return records;
      } catch (DnsTempException e) {
        throw new TempFailException(e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new PermFailException("Bad key name " + name);
      }
    };
  }
}
