package org.jadepost.batch.transferpurge;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;

/**
 * Starts TransferPurgeJob every night and on demand (REST, JMX). Bean-managed transactions: a job
 * is started outside any transaction and runs its own. Follow a run with the execution id as for
 * any job ({@code DeletedMailPurgeScheduler#status}).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class TransferPurgeScheduler {

  /** The job XML's name, {@code META-INF/batch-jobs/TransferPurgeJob.xml}. */
  public static final String JOB = "TransferPurgeJob";

  /** The nightly run, at a quiet hour after the mail purge. */
  @Schedule(hour = "4", minute = "47", persistent = false)
  void nightly() {
    start();
  }

  /** Starts the job now; returns its execution id. */
  public long start() {
    return BatchRuntime.getJobOperator().start(JOB, new Properties());
  }
}
