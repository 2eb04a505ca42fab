package org.jadepost.web.webmail.mail;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Consumer;
import org.jadepost.mailbox.boundary.MailboxWatch;
import org.jadepost.mailbox.entity.MailboxChanged;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Pushes "your mailbox changed" to the owner's open mail screens over the OmniFaces web socket
 * ({@code o:socket channel="mail"}), from the same committed change events that wake IMAP IDLE. A
 * push goes only to the sockets registered for the change's owner (the socket's {@code user} is the
 * signed-in address), never to another user or tenant; it carries the folder id only.
 */
@ApplicationScoped
public class NewMailPush {

  /** The channel the mail screen listens on. */
  static final String CHANNEL = "mail";

  @Inject MailboxWatch watch;

  @Inject
  @Push(channel = CHANNEL)
  PushContext mail;

  private final Consumer<MailboxChanged> listener = this::push;

  void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
    watch.listen(listener);
  }

  @PreDestroy
  void stop() {
    watch.stop(listener);
  }

  /** The socket user of a mailbox owner: his address in lower case. */
  public static String user(String address) {
    return address.toLowerCase(Locale.ROOT);
  }

  private void push(MailboxChanged change) {
    mail.send(Long.toString(change.folderId()), user(change.address()));
  }
}
