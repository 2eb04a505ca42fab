package org.jadepost.it.server;

import java.io.IOException;

/** An application server that a test started and deployed {@code jadepost.ear} to. */
public interface DeployedServer {

  Endpoints endpoints();

  /** The end of the server log, for failure reports. */
  String logTail(int lines);

  /** Undeploys the EAR and stops the server; kills it if it does not stop in time. */
  void undeployAndStop() throws IOException, InterruptedException;
}
