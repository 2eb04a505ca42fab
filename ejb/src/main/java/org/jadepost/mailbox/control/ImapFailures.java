package org.jadepost.mailbox.control;

import java.util.Map;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.platform.entity.BusinessException;

/**
 * Turns the store's business exceptions into the tagged {@code NO [code] text} IMAP answers (RFC
 * 5530 response codes). The text is the English one; the adapter may show its own bilingual text
 * for the code.
 */
public final class ImapFailures {

  private static final Map<String, ImapResponseCode> CODES =
      Map.ofEntries(
          Map.entry("folder.notfound", ImapResponseCode.NONEXISTENT),
          Map.entry("message.notfound", ImapResponseCode.NONEXISTENT),
          Map.entry("folder.exists", ImapResponseCode.ALREADYEXISTS),
          Map.entry("folder.system", ImapResponseCode.NOPERM),
          Map.entry("mailbox.none", ImapResponseCode.NOPERM),
          Map.entry("folder.children", ImapResponseCode.CANNOT),
          Map.entry("folder.noselect", ImapResponseCode.CANNOT),
          Map.entry("folder.rename.inside", ImapResponseCode.CANNOT),
          Map.entry("folder.name.invalid", ImapResponseCode.CANNOT),
          Map.entry("folder.limit.count", ImapResponseCode.LIMIT),
          Map.entry("folder.limit.depth", ImapResponseCode.LIMIT),
          Map.entry("mailbox.quota.exceeded", ImapResponseCode.OVERQUOTA),
          Map.entry("login.locked", ImapResponseCode.UNAVAILABLE));

  private ImapFailures() {}

  /** The IMAP answer to {@code failure}. */
  public static ImapException of(BusinessException failure) {
    ImapResponseCode code = CODES.getOrDefault(failure.code(), ImapResponseCode.CANNOT);
    return new ImapException(code, oneLine(failure.getMessage()));
  }

  /**
   * The IMAP answer to {@code failure} where a missing folder is the target of APPEND, COPY or
   * MOVE: {@code TRYCREATE} (RFC 3501 §6.3.11).
   */
  public static ImapException ofTarget(BusinessException failure) {
    if ("folder.notfound".equals(failure.code())) {
      return new ImapException(ImapResponseCode.TRYCREATE, oneLine(failure.getMessage()));
    }
    return of(failure);
  }

  private static String oneLine(String text) {
    return text == null ? "Failed" : text.replaceAll("[\\r\\n]+", " ");
  }
}
