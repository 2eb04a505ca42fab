package org.jadepost.mailauth.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailauth.control.DkimKeys;
import org.jadepost.mailauth.entity.DkimRecord;
import org.jadepost.tenancy.control.DomainStore;
import org.jadepost.tenancy.entity.MailDomain;

/**
 * The DKIM DNS record of a domain and its key rotation (FEATURES T4, A2). Administrators of the
 * domain and the provider administrator only; the private key never leaves the ejb module.
 */
@Stateless
public class DkimService {

  @Inject DomainStore domains;
  @Inject DkimKeys keys;

  /** The TXT record to publish; a domain created before DKIM existed gets its key now. */
  public DkimRecord record(Actor actor, String domain) {
    MailDomain hosted = domains.requireAdministered(actor, domain);
    return DkimKeys.record(hosted.getName(), keys.ensure(hosted));
  }

  /**
   * A new key under a new selector; mail is signed with it at once, so the new record must be
   * published before receivers can verify (the old selector's record can stay a while).
   */
  public DkimRecord rotate(Actor actor, String domain) {
    MailDomain hosted = domains.requireAdministered(actor, domain);
    return DkimKeys.record(hosted.getName(), keys.rotate(hosted));
  }
}
