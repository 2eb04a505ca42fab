/** Immutable IMAP responses and the texts the adapter sends; encoded by {@code imap.encode}. */
package org.jadepost.adapter.imap.response;
