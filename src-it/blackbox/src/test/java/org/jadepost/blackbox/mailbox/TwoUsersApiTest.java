package org.jadepost.blackbox.mailbox;

import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user REST API test on the shared server: before each test a fresh domain with alice and bob,
 * and a client signed in as alice.
 */
@ExtendWith(SharedJadepost.class)
abstract class TwoUsersApiTest {

  protected JadepostProcess server;
  protected String alice;
  protected String bob;
  protected ApiClient own;

  /** The start of each test's domain name, naming the feature under test. */
  protected abstract String domainPrefix();

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    TwoUsers users = TwoUsers.in(server, domainPrefix());
    alice = users.alice();
    bob = users.bob();
    own = users.own();
  }
}
