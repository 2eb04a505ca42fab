/** Immutable IMAP requests: the tag and parsed arguments of one command each. */
package org.jadepost.adapter.imap.request;
