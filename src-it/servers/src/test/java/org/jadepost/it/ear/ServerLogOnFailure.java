package org.jadepost.it.ear;

import org.jadepost.it.server.DeployedServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints the end of the server log when a test fails; start-up failures carry it already. */
final class ServerLogOnFailure implements TestWatcher {

  private static final int LINES = 80;

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    context
        .getTestInstance()
        .filter(MailAccessContract.class::isInstance)
        .map(test -> ((MailAccessContract) test).server())
        .ifPresent(server -> print(context, server));
  }

  private static void print(ExtensionContext context, DeployedServer server) {
    System.out.println(
        "Server log after the failure of "
            + context.getDisplayName()
            + ":\n"
            + server.logTail(LINES));
  }
}
