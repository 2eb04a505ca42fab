/**
 * What every outbound connection definition of the adapter shares (the SMTP client in {@code
 * adapter.client}, the mailbox events in {@code adapter.events}): the JCA bookkeeping of managed
 * connections, their handles and factories, none of it transactional. Uses only the JCA API.
 */
package org.jadepost.adapter.outbound;
