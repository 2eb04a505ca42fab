package org.jadepost.adapter.imap;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jadepost.adapter.imap.decode.AppendCommandParser;
import org.jadepost.adapter.imap.decode.AuthenticateCommandParser;
import org.jadepost.adapter.imap.decode.CommandParser;
import org.jadepost.adapter.imap.decode.CopyCommandParser;
import org.jadepost.adapter.imap.decode.EnableCommandParser;
import org.jadepost.adapter.imap.decode.FetchCommandParser;
import org.jadepost.adapter.imap.decode.IdCommandParser;
import org.jadepost.adapter.imap.decode.ListCommandParser;
import org.jadepost.adapter.imap.decode.LoginCommandParser;
import org.jadepost.adapter.imap.decode.MailboxCommandParser;
import org.jadepost.adapter.imap.decode.RenameCommandParser;
import org.jadepost.adapter.imap.decode.SearchCommandParser;
import org.jadepost.adapter.imap.decode.SelectCommandParser;
import org.jadepost.adapter.imap.decode.SimpleCommandParser;
import org.jadepost.adapter.imap.decode.StatusCommandParser;
import org.jadepost.adapter.imap.decode.StoreCommandParser;
import org.jadepost.adapter.imap.decode.UidExpungeCommandParser;
import org.jadepost.adapter.imap.process.AppendProcessor;
import org.jadepost.adapter.imap.process.AuthenticateProcessor;
import org.jadepost.adapter.imap.process.CapabilityProcessor;
import org.jadepost.adapter.imap.process.CloseProcessor;
import org.jadepost.adapter.imap.process.CopyProcessor;
import org.jadepost.adapter.imap.process.EnableProcessor;
import org.jadepost.adapter.imap.process.ExpungeProcessor;
import org.jadepost.adapter.imap.process.FetchProcessor;
import org.jadepost.adapter.imap.process.IdProcessor;
import org.jadepost.adapter.imap.process.IdleProcessor;
import org.jadepost.adapter.imap.process.ImapProcessor;
import org.jadepost.adapter.imap.process.ListProcessor;
import org.jadepost.adapter.imap.process.LoginProcessor;
import org.jadepost.adapter.imap.process.LogoutProcessor;
import org.jadepost.adapter.imap.process.MailboxProcessor;
import org.jadepost.adapter.imap.process.NamespaceProcessor;
import org.jadepost.adapter.imap.process.NoopProcessor;
import org.jadepost.adapter.imap.process.RenameProcessor;
import org.jadepost.adapter.imap.process.SearchProcessor;
import org.jadepost.adapter.imap.process.SelectProcessor;
import org.jadepost.adapter.imap.process.StartTlsProcessor;
import org.jadepost.adapter.imap.process.StatusProcessor;
import org.jadepost.adapter.imap.process.StoreProcessor;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.ImapSessionState;

/**
 * The command table: for each command name its parser, its processor and the states it is valid in
 * (RFC 3501 §6).
 */
final class ImapCommands {

  /** One command's processor and valid states. */
  record Command(Set<ImapSessionState> states, ImapProcessor<ImapRequest> processor) {}

  private static final Set<ImapSessionState> ANY =
      EnumSet.of(
          ImapSessionState.NOT_AUTHENTICATED,
          ImapSessionState.AUTHENTICATED,
          ImapSessionState.SELECTED);
  private static final Set<ImapSessionState> NOT_AUTHENTICATED =
      EnumSet.of(ImapSessionState.NOT_AUTHENTICATED);
  private static final Set<ImapSessionState> AUTHENTICATED =
      EnumSet.of(ImapSessionState.AUTHENTICATED, ImapSessionState.SELECTED);
  private static final Set<ImapSessionState> SELECTED = EnumSet.of(ImapSessionState.SELECTED);

  final Map<String, CommandParser> parsers = new HashMap<>();
  final Map<String, Command> commands = new HashMap<>();

  ImapCommands(Consumer<ImapSession> onChange) {
    add("CAPABILITY", ANY, new SimpleCommandParser("CAPABILITY"), new CapabilityProcessor());
    add("NOOP", ANY, new SimpleCommandParser("NOOP"), new NoopProcessor());
    add("LOGOUT", ANY, new SimpleCommandParser("LOGOUT"), new LogoutProcessor());
    add("ID", ANY, new IdCommandParser(), new IdProcessor());
    add(
        "STARTTLS",
        NOT_AUTHENTICATED,
        new SimpleCommandParser("STARTTLS"),
        new StartTlsProcessor());
    add("LOGIN", NOT_AUTHENTICATED, new LoginCommandParser(), new LoginProcessor());
    add(
        "AUTHENTICATE",
        NOT_AUTHENTICATED,
        new AuthenticateCommandParser(),
        new AuthenticateProcessor());
    add("ENABLE", AUTHENTICATED, new EnableCommandParser(), new EnableProcessor());
    add("NAMESPACE", AUTHENTICATED, new SimpleCommandParser("NAMESPACE"), new NamespaceProcessor());
    add("SELECT", AUTHENTICATED, new SelectCommandParser(false), new SelectProcessor(onChange));
    add("EXAMINE", AUTHENTICATED, new SelectCommandParser(true), new SelectProcessor(onChange));
    for (String name : new String[] {"CREATE", "DELETE", "SUBSCRIBE", "UNSUBSCRIBE"}) {
      add(name, AUTHENTICATED, new MailboxCommandParser(name), new MailboxProcessor());
    }
    add("RENAME", AUTHENTICATED, new RenameCommandParser(), new RenameProcessor());
    add("LIST", AUTHENTICATED, new ListCommandParser(false), new ListProcessor());
    add("LSUB", AUTHENTICATED, new ListCommandParser(true), new ListProcessor());
    add("STATUS", AUTHENTICATED, new StatusCommandParser(), new StatusProcessor());
    add("APPEND", AUTHENTICATED, new AppendCommandParser(), new AppendProcessor());
    add("IDLE", AUTHENTICATED, new SimpleCommandParser("IDLE"), new IdleProcessor());
    add("CHECK", SELECTED, new SimpleCommandParser("CHECK"), new NoopProcessor());
    add("CLOSE", SELECTED, new SimpleCommandParser("CLOSE"), new CloseProcessor());
    add("UNSELECT", SELECTED, new SimpleCommandParser("UNSELECT"), new CloseProcessor());
    add("EXPUNGE", SELECTED, new SimpleCommandParser("EXPUNGE"), new ExpungeProcessor());
    add("UID EXPUNGE", SELECTED, new UidExpungeCommandParser(), new ExpungeProcessor());
    for (boolean uid : new boolean[] {false, true}) {
      String prefix = uid ? "UID " : "";
      add(prefix + "FETCH", SELECTED, new FetchCommandParser(uid), new FetchProcessor());
      add(prefix + "STORE", SELECTED, new StoreCommandParser(uid), new StoreProcessor());
      add(prefix + "SEARCH", SELECTED, new SearchCommandParser(uid), new SearchProcessor());
      add(prefix + "COPY", SELECTED, new CopyCommandParser(uid, false), new CopyProcessor());
      add(prefix + "MOVE", SELECTED, new CopyCommandParser(uid, true), new CopyProcessor());
    }
  }

  @SuppressWarnings("unchecked")
  private void add(
      String name,
      Set<ImapSessionState> states,
      CommandParser parser,
      ImapProcessor<? extends ImapRequest> processor) {
    parsers.put(name, parser);
    commands.put(name, new Command(states, (ImapProcessor<ImapRequest>) processor));
  }
}
