/**
 * Drive boundary: the transfer station (D5) with its limits, chunked uploads, share links and the
 * removal of expired files. The only entry point the web and batch modules call for it.
 */
package org.jadepost.drive.boundary;
