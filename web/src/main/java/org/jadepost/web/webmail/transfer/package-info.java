/**
 * The transfer station in the webmail (D5): the page listing a user's large files with the chunked
 * upload, and the public share link {@code /transfer/<token>}. Calls the drive boundary only.
 */
package org.jadepost.web.webmail.transfer;
