/**
 * The message store's persistence (folders, messages), header parsing and paging cursors. Used by
 * the mailbox boundary and by other components (accounts create the system folders).
 */
package org.jadepost.mailbox.control;
