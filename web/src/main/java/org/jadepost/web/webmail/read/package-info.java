/**
 * The webmail's reading side outside Faces: the sandboxed body frame with sanitized HTML,
 * attachment and inline image downloads with HTTP Range, and the raw source. Servlets call the
 * {@code mailbox} boundary {@code MailReader} only; every id they take is resolved in the signed-in
 * user's own mailbox.
 */
package org.jadepost.web.webmail.read;
