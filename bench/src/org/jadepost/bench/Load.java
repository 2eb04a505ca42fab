package org.jadepost.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntFunction;

/**
 * A closed-loop load: one platform thread and one {@link Worker} per connection. Every worker
 * opens its session first; when all are ready the window starts, each loops on {@link
 * Worker#once()} until it ends, and only operations that finished inside the window count.
 */
public final class Load {
  private Load() {}

  /** One connection's work. */
  public interface Worker {
    /** Before the window: connect, greet, log in. */
    void open() throws Exception;

    /** One operation: null when it succeeded, else the server's refusal. */
    String once() throws Exception;

    /** After the window: say goodbye and close, quietly. */
    void close();
  }

  public static Run run(List<Long> serverPids, int connections, int seconds,
      IntFunction<Worker> workers) throws Exception {
    long window = Duration.ofSeconds(seconds).toNanos();
    CyclicBarrier ready = new CyclicBarrier(connections + 1);
    Runner[] runners = new Runner[connections];
    Thread[] threads = new Thread[connections];
    for (int i = 0; i < connections; i++) {
      runners[i] = new Runner(workers.apply(i), ready);
      threads[i] = new Thread(runners[i], "worker-" + i);
      threads[i].start();
    }
    try {
      ready.await(); // every session is open
    } catch (BrokenBarrierException e) {
      for (int i = 0; i < connections; i++) {
        threads[i].join();
        if (runners[i].failure != null) {
          throw new IllegalStateException("connection failed", runners[i].failure);
        }
      }
      throw e;
    }
    Cpu.Sample before = Cpu.sample(serverPids);
    long start = System.nanoTime();
    long end = start + window;
    for (Runner r : runners) {
      r.end = end;
    }
    ready.await(); // go
    Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
    Cpu.Sample after = Cpu.sample(serverPids);
    for (Thread t : threads) {
      t.join();
    }
    long accepted = 0;
    long refused = 0;
    String firstRefusal = null;
    int total = 0;
    for (Runner r : runners) {
      if (r.failure != null) {
        throw new IllegalStateException("connection failed", r.failure);
      }
      accepted += r.accepted;
      refused += r.refused;
      total += r.latencyCount;
      if (firstRefusal == null) {
        firstRefusal = r.firstRefusal;
      }
    }
    long[] latencies = new long[total];
    int k = 0;
    for (Runner r : runners) {
      System.arraycopy(r.latencies, 0, latencies, k, r.latencyCount);
      k += r.latencyCount;
    }
    Arrays.sort(latencies);
    double elapsed = (after.nanos() - before.nanos()) / 1e9;
    return new Run(
        accepted / (window / 1e9),
        accepted,
        refused,
        Stats.percentile(latencies, 0.50) / 1000,
        Stats.percentile(latencies, 0.99) / 1000,
        (after.server() - before.server()) / elapsed,
        (after.client() - before.client()) / elapsed,
        Math.max(0, ((after.busy() - before.busy())
            - (after.server() - before.server())
            - (after.client() - before.client())) / elapsed),
        firstRefusal);
  }

  private static final class Runner implements Runnable {
    private final Worker worker;
    private final CyclicBarrier ready;
    volatile long end;
    long accepted;
    long refused;
    String firstRefusal;
    long[] latencies = new long[1024];
    int latencyCount;
    Exception failure;

    Runner(Worker worker, CyclicBarrier ready) {
      this.worker = worker;
      this.ready = ready;
    }

    @Override
    public void run() {
      boolean waited = false;
      try {
        worker.open();
        ready.await();
        ready.await();
        waited = true;
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          String refusal = worker.once();
          long t1 = System.nanoTime();
          if (t1 > end) {
            break; // answered after the window: not counted
          }
          if (refusal == null) {
            accepted++;
            if (latencyCount == latencies.length) {
              latencies = Arrays.copyOf(latencies, latencyCount * 2);
            }
            latencies[latencyCount++] = t1 - t0;
          } else {
            refused++;
            if (firstRefusal == null) {
              firstRefusal = refusal.strip();
            }
          }
        }
      } catch (Exception e) {
        failure = e;
        if (!waited) {
          ready.reset();
        }
      } finally {
        worker.close();
      }
    }
  }
}
