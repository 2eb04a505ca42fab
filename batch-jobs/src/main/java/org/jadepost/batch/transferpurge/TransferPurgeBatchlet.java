package org.jadepost.batch.transferpurge;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jadepost.batch.support.RepeatedBatchlet;
import org.jadepost.drive.boundary.TransferService;

/**
 * Step RemoveExpiredFiles: calls {@link TransferService#purgeExpired} batch after batch, each its
 * own transaction, until one comes back short. The exit status is the number of files removed.
 */
@Named
@Dependent
public class TransferPurgeBatchlet extends RepeatedBatchlet {

  @Inject TransferService transfer;

  @Override
  protected int batch(int size) {
    return transfer.purgeExpired(size);
  }

  @Override
  protected int defaultSize() {
    return 200;
  }
}
