/**
 * Accepting mail (FEATURES T1): the MX listener's MDB and the delivery boundary that checks
 * recipients and puts accepted messages into mailboxes. Outbound queueing comes next.
 */
package org.jadepost.delivery.boundary;
