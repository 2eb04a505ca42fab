package org.jadepost.batch.deletedmailpurge;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;

/**
 * Starts DeletedMailPurgeJob every night and on demand (REST). Bean-managed transactions: a job is
 * started outside any transaction and runs its own.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DeletedMailPurgeScheduler {

  /** The job XML's name, {@code META-INF/batch-jobs/DeletedMailPurgeJob.xml}. */
  public static final String JOB = "DeletedMailPurgeJob";

  /** The nightly run, at a quiet hour. */
  @Schedule(hour = "4", minute = "23", persistent = false)
  void nightly() {
    start();
  }

  /** Starts the job now; returns its execution id. */
  public long start() {
    return BatchRuntime.getJobOperator().start(JOB, new Properties());
  }

  /** The batch status of execution {@code executionId} (STARTED, COMPLETED, FAILED ...). */
  public String status(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = operator.getJobExecution(executionId);
    return execution.getBatchStatus().name();
  }

  /**
   * Whether execution {@code executionId} has ended with its exit status stored. The batch runtime
   * may show COMPLETED a moment before it stores the exit status and end time; readers wait for
   * this.
   */
  public boolean ended(long executionId) {
    return BatchRuntime.getJobOperator().getJobExecution(executionId).getEndTime() != null;
  }

  /** The exit status of execution {@code executionId}: the number purged once COMPLETED. */
  public String exitStatus(long executionId) {
    return BatchRuntime.getJobOperator().getJobExecution(executionId).getExitStatus();
  }
}
