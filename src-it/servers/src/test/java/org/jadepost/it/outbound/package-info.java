/** In-container tests of outbound delivery: queue, worker, SMTP client and DSNs. */
package org.jadepost.it.outbound;
