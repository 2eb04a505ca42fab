/** REST resources of outbound delivery: the delivery status of a sent message (FEATURES O3). */
package org.jadepost.web.rest.outbound;
