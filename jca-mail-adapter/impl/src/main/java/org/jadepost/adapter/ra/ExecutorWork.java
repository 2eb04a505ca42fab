package org.jadepost.adapter.ra;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import java.util.List;

/** A {@link Runnable} submitted to the WorkManager, with optional work contexts such as hints. */
final class ExecutorWork implements Work, WorkContextProvider {

  private final Runnable task;
  private final List<WorkContext> contexts;

  ExecutorWork(Runnable task, List<WorkContext> contexts) {
    this.task = task;
    this.contexts = List.copyOf(contexts);
  }

  @Override
  public void run() {
    task.run();
  }

  /**
   * Nothing to do: event loop work ends when the adapter shuts the loops down in {@code stop()},
   * and command work is short.
   */
  @Override
  public void release() {}

  @Override
  public List<WorkContext> getWorkContexts() {
    return contexts;
  }
}
