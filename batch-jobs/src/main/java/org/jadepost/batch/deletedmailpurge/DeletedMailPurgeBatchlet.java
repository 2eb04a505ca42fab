package org.jadepost.batch.deletedmailpurge;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.jadepost.mailbox.boundary.TrashService;

/**
 * Step PurgeExpiredMail: calls {@link TrashService#purgeExpired} batch after batch, each its own
 * transaction, until a batch comes back short. The exit status is the number of entries purged.
 */
@Named
@Dependent
public class DeletedMailPurgeBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(DeletedMailPurgeBatchlet.class.getName());

  @Inject TrashService trash;
  @Inject JobContext job;

  @Inject
  @BatchProperty(name = "batchSize")
  String batchSize;

  private volatile boolean stopping;

  @Override
  public String process() {
    int size = batchSize == null || batchSize.isBlank() ? 500 : Integer.parseInt(batchSize);
    long total = 0;
    int purged;
    do {
      purged = trash.purgeExpired(size);
      total += purged;
    } while (purged == size && !stopping);
    String purgedTotal = String.valueOf(total);
    LOG.info(() -> "DeletedMailPurgeJob purged " + purgedTotal + " emptied messages");
    // A step's exit status stays with the step; the job's is what REST and JMX report.
    job.setExitStatus(purgedTotal);
    return purgedTotal;
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
