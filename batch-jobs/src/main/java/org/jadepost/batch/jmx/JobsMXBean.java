package org.jadepost.batch.jmx;

/** The batch jobs an administrator starts and follows over JMX ({@code org.jadepost:type=Jobs}). */
public interface JobsMXBean {

  /**
   * Starts DeletedMailPurgeJob now (K3: forgets deleted mail older than 14 days); its execution id.
   */
  long startDeletedMailPurge();

  /** Starts TransferPurgeJob now (D5: removes transfer-station files past 15 days); its id. */
  long startTransferPurge();

  /** The batch status of execution {@code executionId}: STARTED, COMPLETED, FAILED ... */
  String jobStatus(long executionId);

  /** The exit status of execution {@code executionId}: the number purged once COMPLETED. */
  String jobExitStatus(long executionId);
}
