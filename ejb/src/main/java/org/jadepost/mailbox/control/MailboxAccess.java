package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.platform.entity.NotFoundException;

/**
 * The two checks every mailbox boundary starts with: whose mailbox the caller may use (only
 * accounts have one, and only their own), and the message a UID names in a folder already resolved
 * for that owner.
 */
@ApplicationScoped
public class MailboxAccess {

  @Inject AccountStore accounts;
  @Inject MessageStore messages;

  /** The caller's account. */
  public Account owner(Actor actor) {
    return accounts.own(actor);
  }

  /** Message {@code uid} of {@code folder}. */
  public MailMessage message(MailFolder folder, long uid) {
    return messages
        .find(folder, uid)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "message.notfound", "No such message: " + uid, String.valueOf(uid)));
  }
}
