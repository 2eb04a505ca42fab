/**
 * Outbound entities: a recipient's delivery ({@link org.jadepost.outbound.entity.OutboundDelivery})
 * with its status, and the read models the status service returns. Depends only on JPA.
 */
package org.jadepost.outbound.entity;
