package org.jadepost.adapter.endpoint;

/**
 * A listener call failed: no endpoint was available, the MDB threw, or its transaction did not
 * complete. The invoker has already logged the cause; a protocol only maps it to its generic error
 * reply and never shows the cause to the client.
 */
public final class EndpointCallException extends Exception {

  /** A failure of {@code call} caused by {@code cause}. */
  public EndpointCallException(String call, Throwable cause) {
    super("Listener call " + call + " failed", cause);
  }
}
