/**
 * DKIM signing and key storage, SPF (RFC 7208), DKIM verification (RFC 6376) and DMARC (RFC 7489)
 * over one dnsjava resolver. Called by mailauth boundaries and, for {@link
 * org.jadepost.mailauth.control.DkimSigner} and {@link
 * org.jadepost.mailauth.control.InboundAuthenticator}, by the submission and MX paths.
 */
package org.jadepost.mailauth.control;
