package org.jadepost.it.ear;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;

/**
 * Jakarta Mail as a mail app reads mail: IMAP with STARTTLS and POP3 with STLS, both required, and
 * the test server's self-signed certificate trusted as {@link SubmissionClient} trusts it.
 */
final class MailboxClient {

  private MailboxClient() {}

  /** A connected IMAP store of {@code user}. */
  static Store imap(int port, String user, String password) throws MessagingException {
    return connect("imap", port, user, password);
  }

  /** A connected POP3 store of {@code user}. */
  static Store pop3(int port, String user, String password) throws MessagingException {
    return connect("pop3", port, user, password);
  }

  private static Store connect(String protocol, int port, String user, String password)
      throws MessagingException {
    String prefix = "mail." + protocol + ".";
    Properties props = new Properties();
    props.put(prefix + "host", "127.0.0.1");
    props.put(prefix + "port", String.valueOf(port));
    props.put(prefix + "starttls.enable", "true");
    props.put(prefix + "starttls.required", "true");
    props.put(prefix + "ssl.trust", "*"); // the test server's certificate is self-signed
    props.put(prefix + "connectiontimeout", "10000");
    props.put(prefix + "timeout", "30000");
    Store store = Session.getInstance(props).getStore(protocol);
    store.connect(user, password);
    return store;
  }
}
