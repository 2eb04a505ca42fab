package org.jadepost.adapter.ra;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * An {@link Executor} backed by the container's WorkManager, so that every adapter thread is a
 * managed thread the server can see and size. Event loops run as long-running work ({@code
 * startWork}); protocol steps are scheduled as short work ({@code scheduleWork}).
 */
final class WorkManagerExecutor implements Executor {

  private final WorkManager workManager;
  private final boolean longRunning;
  private final List<WorkContext> contexts;

  private WorkManagerExecutor(
      WorkManager workManager, boolean longRunning, List<WorkContext> contexts) {
    this.workManager = workManager;
    this.longRunning = longRunning;
    this.contexts = contexts;
  }

  /**
   * An executor for Netty event loops: each task runs for the life of the loop. The long-running
   * hint (JCA 1.7 §11.6) is added only where the container supports it, because an unsupported
   * context would make the container refuse the work.
   */
  static Executor forEventLoops(BootstrapContext context, String name) {
    List<WorkContext> hints = List.of();
    if (context.isContextSupported(HintsContext.class)) {
      HintsContext hint = new HintsContext();
      hint.setName(name);
      hint.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
      hints = List.of(hint);
    }
    return new WorkManagerExecutor(context.getWorkManager(), true, hints);
  }

  /** An executor for protocol steps, which may block on MDB calls. */
  static Executor forCommands(BootstrapContext context) {
    return new WorkManagerExecutor(context.getWorkManager(), false, List.of());
  }

  @Override
  public void execute(Runnable task) {
    ExecutorWork work = new ExecutorWork(task, contexts);
    try {
      if (longRunning) {
        workManager.startWork(work);
      } else {
        workManager.scheduleWork(work);
      }
    } catch (WorkException e) {
      throw new RejectedExecutionException("The WorkManager refused the work", e);
    }
  }
}
