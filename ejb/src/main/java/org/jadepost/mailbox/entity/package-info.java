/**
 * The message store's entities and read models: folders with their IMAP bookkeeping, messages with
 * flags and the parsed headers lists need, and the system folders every mailbox has.
 */
package org.jadepost.mailbox.entity;
