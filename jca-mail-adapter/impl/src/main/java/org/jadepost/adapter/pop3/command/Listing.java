package org.jadepost.adapter.pop3.command;

import java.util.List;
import java.util.function.Function;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.pop3.session.Maildrop;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;

/**
 * The common form of LIST and UIDL (RFC 1939 §§5, 7): with a message number one line {@code +OK
 * number value}; without, a multi-line listing of every message not marked as deleted.
 */
final class Listing {

  private Listing() {}

  static Pop3Response of(
      Pop3Session session,
      String arguments,
      Function<Pop3MessageInfo, Object> value,
      Function<Pop3Session, String> header) {
    Maildrop maildrop = session.maildrop();
    String argument = arguments.strip();
    if (argument.isEmpty()) {
      List<String> lines =
          maildrop.liveNumbers().stream()
              .map(n -> n + " " + value.apply(maildrop.live(n).orElseThrow()))
              .toList();
      return Pop3Response.multiLine(header.apply(session), lines);
    }
    MessageNumber.Resolved resolved = MessageNumber.resolve(argument, maildrop);
    if (resolved.failed()) {
      return resolved.problem();
    }
    return Pop3Response.ok(resolved.number() + " " + value.apply(resolved.message()));
  }
}
