package org.jadepost.adapter.outbound;

/**
 * The application's handle on a pooled managed connection; closing it gives the connection back to
 * the container, and the container may move it to another managed connection.
 *
 * @param <M> the managed connection behind the handle
 */
public abstract class PooledHandle<M extends PooledManagedConnection<?>> implements AutoCloseable {

  private volatile M managed;

  /** A handle on {@code managed}. */
  protected PooledHandle(M managed) {
    this.managed = managed;
  }

  /** Gives the managed connection back; a second close does nothing. */
  @Override
  public void close() {
    M current = managed;
    managed = null;
    if (current != null) {
      current.handleClosed(this);
    }
  }

  /** The managed connection, or an {@link IllegalStateException} naming what is closed. */
  protected M live() {
    M current = managed;
    if (current == null) {
      throw new IllegalStateException("The " + what() + " connection is closed");
    }
    return current;
  }

  /** What the connection is, for the message about a closed handle. */
  protected abstract String what();

  @SuppressWarnings("unchecked")
  void reassociate(PooledManagedConnection<?> target) {
    managed = (M) target;
  }
}
