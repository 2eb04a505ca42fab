/**
 * Message data after DATA (RFC 5321 §4.1.1.4, §4.5.2): {@link
 * org.jadepost.adapter.smtp.data.DataReceiver} finds the end of data, undoes dot-stuffing and
 * enforces the data policy; {@link org.jadepost.adapter.smtp.data.SpoolFile} writes the bytes to
 * {@code <JADEPOST_HOME>/spool/incoming} and makes them durable before the MDB sees them.
 *
 * <p><b>Data policy.</b> A bare LF, a bare CR or a NUL byte anywhere in the data makes the whole
 * message fail with {@code 550 5.6.0} once its end is reached; nothing is normalised. Normalising
 * would let this server and the next hop disagree about where a message ends, which is exactly SMTP
 * smuggling (CVE-2023-51764 and friends): only {@code CRLF.CRLF} ends data here, and a message
 * containing any other line ending is refused rather than guessed at. RFC 5321 §2.3.8 and §4.1.1.4
 * forbid bare CR and LF in data; RFC 6152 §3 forbids NUL even with 8BITMIME.
 *
 * <p>It may call {@code adapter.api}, {@code adapter.net}, {@code adapter.endpoint} and {@code
 * adapter.smtp.session}.
 */
package org.jadepost.adapter.smtp.data;
