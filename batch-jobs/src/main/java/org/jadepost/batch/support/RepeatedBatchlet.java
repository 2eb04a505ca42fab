package org.jadepost.batch.support;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * A batchlet that calls a boundary batch after batch (each call its own transaction) until a batch
 * comes back short or the job is stopped. The job's exit status is the total, which REST and JMX
 * report. The job XML passes {@code batchSize}.
 */
public abstract class RepeatedBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(RepeatedBatchlet.class.getName());

  @Inject JobContext job;

  @Inject
  @BatchProperty(name = "batchSize")
  String batchSize;

  private volatile boolean stopping;

  /** Handles one batch of at most {@code size} items; returns how many it handled. */
  protected abstract int batch(int size);

  /** The batch size when the job XML gives none. */
  protected abstract int defaultSize();

  @Override
  public String process() {
    int size =
        batchSize == null || batchSize.isBlank() ? defaultSize() : Integer.parseInt(batchSize);
    long total = 0;
    int handled;
    do {
      handled = batch(size);
      total += handled;
    } while (handled == size && !stopping);
    String totalText = String.valueOf(total);
    LOG.info(() -> job.getJobName() + " handled " + totalText + " items");
    // A step's exit status stays with the step; the job's is what REST and JMX report.
    job.setExitStatus(totalText);
    return totalText;
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
