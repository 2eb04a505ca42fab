package org.jadepost.adapter.testing;

import java.util.function.Consumer;

/**
 * The IMAP directives of a {@link ProtocolScript}: {@code DELIVER: text} hands the text (with
 * {@code \r\n} escapes) to {@code deliver}, which stores a message in INBOX as another session
 * would. Against the deployed server, {@code deliver} can send the text over SMTP.
 */
public final class ImapScript implements ProtocolScript.Directives {

  private final Consumer<String> deliver;

  /** Directives delivering through {@code deliver}. */
  public ImapScript(Consumer<String> deliver) {
    this.deliver = deliver;
  }

  @Override
  public boolean step(String line, int number, ProtocolScript script) throws Exception {
    if (!line.startsWith("DELIVER: ")) {
      return false;
    }
    script.flush();
    deliver.accept(ProtocolScript.unescape(line.substring(9)));
    return true;
  }
}
