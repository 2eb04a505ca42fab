/**
 * Delivery to MDB endpoints: one endpoint per call, with the transaction bracket of JCA §13.5.
 * Protocols use {@link org.jadepost.adapter.endpoint.EndpointInvoker} for every listener call so
 * that no connection holds an MDB instance while its client is idle.
 *
 * <p>It may call the Jakarta Connectors SPI and the JDK only.
 */
package org.jadepost.adapter.endpoint;
