package org.jadepost.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
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

  /**
   * Where {@code address} leads, from one domain and one address lookup: not a hosted domain, a
   * hosted domain without such a mailbox, or the mailbox (the account itself or behind an alias).
   */
  public Destination find(String address) {
    int at = address.lastIndexOf('@');
    Optional<MailDomain> domain =
        at > 0 ? hostedDomain(address.substring(at + 1)) : Optional.empty();
    if (domain.isEmpty()) {
      return Destination.ELSEWHERE;
    }
    return new Destination(
        true, addresses.resolve(domain.get().getName(), address.substring(0, at)).orElse(null));
  }

  /** The mailbox {@code address} delivers to: the account or the account behind an alias. */
  public Optional<Account> mailbox(String address) {
    return find(address).mailbox();
  }

  /**
   * The RCPT reply for a hosted {@code destination}: 250, 550 5.1.1 unknown, 550 5.2.1 disabled,
   * 452 4.2.2 full, 552 5.2.2 larger than the quota (T8).
   */
  public SmtpReply check(Destination destination, long declaredSize) {
    Optional<Account> account = destination.mailbox();
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

  /**
   * What {@link #find} learnt of one address.
   *
   * @param hosted whether the domain is one of ours and enabled
   * @param account the mailbox, or null when there is none
   */
  public record Destination(boolean hosted, Account account) {

    static final Destination ELSEWHERE = new Destination(false, null);

    public Optional<Account> mailbox() {
      return Optional.ofNullable(account);
    }
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
