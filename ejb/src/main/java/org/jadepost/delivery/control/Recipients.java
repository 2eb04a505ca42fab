package org.jadepost.delivery.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jadepost.account.control.AddressBook;
import org.jadepost.account.entity.Account;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.control.DomainNames;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/** The SMTP view of hosted addresses: which domain is ours, which mailbox takes an address. */
@Stateless
public class Recipients {

  public static final SmtpReply DISABLED = new SmtpReply(550, "5.2.1", "Mailbox disabled");
  public static final SmtpReply MAILBOX_FULL =
      new SmtpReply(452, "4.2.2", "Mailbox full, try again later");
  public static final SmtpReply OVER_QUOTA =
      new SmtpReply(552, "5.2.2", "Message larger than the mailbox quota");

  @Inject DomainStore domains;
  @Inject AddressBook addresses;
  @Inject MailboxWriter mailboxes;

  /** The canonical name of {@code name} if it is an enabled hosted domain. */
  public Optional<MailDomain> hostedDomain(String name) {
    try {
      return domains.find(DomainNames.normalize(name)).filter(MailDomain::isEnabled);
    } catch (InvalidRequestException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code address} belongs to a hosted domain (whether or not the mailbox exists). */
  public boolean isHosted(String address) {
    int at = address.lastIndexOf('@');
    return at > 0 && hostedDomain(address.substring(at + 1)).isPresent();
  }

  /** The mailbox {@code address} delivers to: the account or the account behind an alias. */
  public Optional<Account> mailbox(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return Optional.empty();
    }
    return hostedDomain(address.substring(at + 1))
        .flatMap(d -> addresses.resolve(d.getName(), address.substring(0, at)));
  }

  /**
   * The RCPT reply for a hosted {@code address}: 250, 550 5.1.1 unknown, 550 5.2.1 disabled, 452
   * 4.2.2 full, 552 5.2.2 larger than the quota (T8).
   */
  public SmtpReply check(String address, long declaredSize) {
    Optional<Account> account = mailbox(address);
    if (account.isEmpty()) {
      return SmtpReply.NO_SUCH_USER;
    }
    if (!account.get().isEnabled()) {
      return DISABLED;
    }
    return switch (mailboxes.quotaCheck(account.get(), Math.max(0, declaredSize))) {
      case FITS -> SmtpReply.RECIPIENT_OK;
      case FULL -> MAILBOX_FULL;
      case NEVER_FITS -> OVER_QUOTA;
    };
  }

  /** {@code address} with its domain in canonical form, for comparisons and logs. */
  public static String canonical(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return address;
    }
    return address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
