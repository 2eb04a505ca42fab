/** In-container tests of the message store boundary. */
package org.jadepost.it.mailbox;
