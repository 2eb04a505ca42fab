/**
 * TransferPurgeJob (FEATURES D5): removes transfer-station files past their 15 days with their
 * bytes. Started nightly by {@link org.jadepost.batch.transferpurge.TransferPurgeScheduler}, on
 * demand over REST and JMX. The rules live in the drive boundary ({@code TransferService}).
 */
package org.jadepost.batch.transferpurge;
