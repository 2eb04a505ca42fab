/**
 * The transfer station (FEATURES D5) from outside: the chunked, resumable upload API with a plain
 * HTTP client, its limits and their messages in English and Chinese, owner-only access, share links
 * and the expiry job. Uses the shared server and its own domains.
 */
package org.jadepost.blackbox.drive;
