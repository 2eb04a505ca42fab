/** What several jobs' artifacts share: the batch-after-batch batchlet. Calls nothing itself. */
package org.jadepost.batch.support;
