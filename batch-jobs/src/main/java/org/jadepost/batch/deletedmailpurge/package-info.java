/**
 * DeletedMailPurgeJob (FEATURES K3): forgets mail emptied from Deleted or Spam more than 14 days
 * ago and removes its blobs when nothing else refers to them. Started daily by {@link
 * org.jadepost.batch.deletedmailpurge.DeletedMailPurgeScheduler} and on demand over REST. The rules
 * live in the mailbox boundary ({@code TrashService}); this package only drives it.
 */
package org.jadepost.batch.deletedmailpurge;
