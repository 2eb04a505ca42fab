/**
 * Entry points of outbound delivery: the worker that drains the queue on a timer, and the delivery
 * status a sender may read (FEATURES T3, O3).
 */
package org.jadepost.outbound.boundary;
