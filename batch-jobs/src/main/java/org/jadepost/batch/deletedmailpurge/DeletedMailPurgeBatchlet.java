package org.jadepost.batch.deletedmailpurge;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jadepost.batch.support.RepeatedBatchlet;
import org.jadepost.mailbox.boundary.TrashService;

/**
 * Step PurgeExpiredMail: calls {@link TrashService#purgeExpired} batch after batch, each its own
 * transaction, until a batch comes back short. The exit status is the number of entries purged.
 */
@Named
@Dependent
public class DeletedMailPurgeBatchlet extends RepeatedBatchlet {

  @Inject TrashService trash;

  @Override
  protected int batch(int size) {
    return trash.purgeExpired(size);
  }

  @Override
  protected int defaultSize() {
    return 500;
  }
}
