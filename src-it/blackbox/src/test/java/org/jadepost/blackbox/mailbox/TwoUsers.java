package org.jadepost.blackbox.mailbox;

import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;

/**
 * Two users of one new domain and the first one's REST client: the owner and the intruder of the
 * mailbox organising ITs.
 *
 * @param alice the owner's address
 * @param bob another user of the same domain
 * @param own the REST client signed in as alice
 */
record TwoUsers(String alice, String bob, ApiClient own) {

  /** Creates a domain named after {@code prefix} with alice and bob. */
  static TwoUsers in(JadepostProcess server, String prefix) {
    Provisioning provisioning = new Provisioning(server);
    String domain = provisioning.createDomain(prefix);
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    return new TwoUsers(alice, bob, ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD));
  }
}
