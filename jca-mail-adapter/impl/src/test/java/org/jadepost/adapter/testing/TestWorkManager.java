package org.jadepost.adapter.testing;

import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContextProvider;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.resource.spi.work.WorkRejectedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs work on a cached thread pool and counts long-running work, like a container would. */
public final class TestWorkManager implements WorkManager, AutoCloseable {

  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final AtomicInteger runningLongWork = new AtomicInteger();
  private final AtomicInteger scheduledWork = new AtomicInteger();
  private final List<String> longRunningHints = new CopyOnWriteArrayList<>();

  /** Long-running work ({@code startWork}) that has started and not yet returned. */
  public int runningLongWork() {
    return runningLongWork.get();
  }

  /** Waits until all long-running work has returned; false if it did not within the timeout. */
  public boolean awaitNoLongWork(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (runningLongWork) {
      while (runningLongWork.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(runningLongWork, left);
      }
      return true;
    }
  }

  /** How many short works were scheduled. */
  public int scheduledWork() {
    return scheduledWork.get();
  }

  /** Names of the long-running hints seen on started work. */
  public List<String> longRunningHints() {
    return longRunningHints;
  }

  @Override
  public void doWork(Work work) throws WorkException {
    work.run();
  }

  @Override
  public void doWork(Work work, long timeout, ExecutionContext context, WorkListener listener)
      throws WorkException {
    work.run();
  }

  @Override
  public long startWork(Work work) throws WorkException {
    recordHints(work);
    CountDownLatch started = new CountDownLatch(1);
    submit(
        () -> {
          runningLongWork.incrementAndGet();
          started.countDown();
          try {
            work.run();
          } finally {
            synchronized (runningLongWork) {
              runningLongWork.decrementAndGet();
              runningLongWork.notifyAll();
            }
          }
        });
    try {
      started.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkException(e);
    }
    return 0;
  }

  @Override
  public long startWork(Work work, long timeout, ExecutionContext context, WorkListener listener)
      throws WorkException {
    return startWork(work);
  }

  @Override
  public void scheduleWork(Work work) throws WorkException {
    scheduledWork.incrementAndGet();
    submit(work);
  }

  @Override
  public void scheduleWork(Work work, long timeout, ExecutionContext context, WorkListener listener)
      throws WorkException {
    scheduleWork(work);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private void submit(Runnable task) throws WorkRejectedException {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      throw new WorkRejectedException(e);
    }
  }

  private void recordHints(Work work) {
    if (work instanceof WorkContextProvider provider && provider.getWorkContexts() != null) {
      provider.getWorkContexts().stream()
          .filter(HintsContext.class::isInstance)
          .map(HintsContext.class::cast)
          .filter(hint -> Boolean.TRUE.equals(hint.getHints().get(HintsContext.LONGRUNNING_HINT)))
          .forEach(hint -> longRunningHints.add(hint.getName()));
    }
  }
}
