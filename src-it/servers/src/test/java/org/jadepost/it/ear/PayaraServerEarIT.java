package org.jadepost.it.ear;

import org.jadepost.it.server.DeployedServer;
import org.jadepost.it.server.ItSettings;
import org.jadepost.it.server.PayaraServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code jadepost.ear} on Payara Server, deployed with {@code asadmin deploy}. */
class PayaraServerEarIT implements DeployedEarContract {

  private PayaraServer server;

  @BeforeAll
  void startAndDeploy() throws Exception {
    server = PayaraServer.start(ItSettings.payaraHome(), ItSettings.freshWork("payara-ear"));
    server.deploy(ItSettings.ear());
  }

  @AfterAll
  void undeployAndStop() throws Exception {
    if (server != null) {
      server.undeployAndStop();
    }
  }

  @Override
  public DeployedServer server() {
    return server;
  }
}
