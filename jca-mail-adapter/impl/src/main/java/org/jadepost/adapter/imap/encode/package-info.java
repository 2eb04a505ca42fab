/** The IMAP response encoders: the only code that turns responses into bytes. */
package org.jadepost.adapter.imap.encode;
