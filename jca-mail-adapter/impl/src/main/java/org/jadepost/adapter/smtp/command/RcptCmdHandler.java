package org.jadepost.adapter.smtp.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.command.PathParser.ParsedPath;
import org.jadepost.adapter.smtp.hook.RcptHook;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/** RCPT TO (RFC 5321 §4.1.1.3): asks the hooks, then the MDB; a 2xx adds the recipient. */
public final class RcptCmdHandler implements CmdHandler {

  private final List<RcptHook> hooks;

  /** A handler asking {@code hooks} in order before the MDB. */
  public RcptCmdHandler(List<RcptHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public String verb() {
    return "RCPT";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return Set.of(SmtpSessionState.MAIL_GIVEN, SmtpSessionState.RCPT_GIVEN);
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    Optional<ParsedPath> path = PathParser.parse(arguments, "TO");
    if (path.isEmpty() || path.get().address().isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    if (!path.get().parameters().isEmpty()) {
      return SmtpResponse.of(
          new SmtpReply(555, "5.5.4", "RCPT TO parameters not recognized or not implemented"));
    }
    if (path.get().isInternational() && !session.envelope().smtpUtf8()) {
      return SmtpResponse.of(MailCmdHandler.NEEDS_SMTPUTF8);
    }
    String recipient = path.get().address();
    SmtpReply reply = decide(session, recipient);
    if (reply.isPositive()) {
      session.recipientAccepted(recipient);
    }
    return SmtpResponse.of(reply);
  }

  private SmtpReply decide(SmtpSession session, String recipient) {
    for (RcptHook hook : hooks) {
      Optional<SmtpReply> decision = hook.onRcpt(session, recipient).decision();
      if (decision.isPresent()) {
        return decision.get();
      }
    }
    return session.backend().rcptTo(session.info(), session.envelope(), recipient);
  }
}
