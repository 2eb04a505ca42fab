package org.jadepost.adapter.smtp.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.command.PathParser.ParsedPath;
import org.jadepost.adapter.smtp.hook.MailHook;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * MAIL FROM (RFC 5321 §4.1.1.2): parses path and parameters, asks the hooks, then the MDB, and
 * opens the transaction on a 2xx.
 */
public final class MailCmdHandler implements CmdHandler {

  /** 555 5.5.4 unknown or malformed MAIL parameter (RFC 5321 §4.1.1.11). */
  public static final SmtpReply BAD_PARAMETERS =
      new SmtpReply(555, "5.5.4", "MAIL FROM parameters not recognized or not implemented");

  /** 553 5.6.7 non-ASCII address without SMTPUTF8 (RFC 6531 §3.5). */
  public static final SmtpReply NEEDS_SMTPUTF8 =
      new SmtpReply(553, "5.6.7", "Non-ASCII address requires SMTPUTF8");

  private final List<MailHook> hooks;

  /** A handler asking {@code hooks} in order before the MDB. */
  public MailCmdHandler(List<MailHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public String verb() {
    return "MAIL";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return Set.of(SmtpSessionState.READY);
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    Optional<ParsedPath> path = PathParser.parse(arguments, "FROM");
    if (path.isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    Optional<MailParameters> parameters = MailParameters.parse(path.get().parameters());
    if (parameters.isEmpty()) {
      return SmtpResponse.of(BAD_PARAMETERS);
    }
    if (path.get().isInternational() && !parameters.get().smtpUtf8()) {
      return SmtpResponse.of(NEEDS_SMTPUTF8);
    }
    SmtpEnvelope envelope = envelope(session, path.get().address(), parameters.get());
    SmtpReply reply = decide(session, envelope);
    if (reply.isPositive()) {
      session.mailAccepted(envelope);
    }
    return SmtpResponse.of(reply);
  }

  private SmtpReply decide(SmtpSession session, SmtpEnvelope envelope) {
    for (MailHook hook : hooks) {
      Optional<SmtpReply> decision = hook.onMail(session, envelope).decision();
      if (decision.isPresent()) {
        return decision.get();
      }
    }
    return session.backend().mailFrom(session.info(), envelope);
  }

  private static SmtpEnvelope envelope(
      SmtpSession session, String reversePath, MailParameters parameters) {
    return new SmtpEnvelope(
        session.heloName(),
        reversePath,
        List.of(),
        session.authenticatedUser().orElse(null),
        session.configuration().kind(),
        parameters.size(),
        parameters.bodyType(),
        parameters.smtpUtf8());
  }
}
