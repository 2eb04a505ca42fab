/**
 * REST resources of a user's drive: the transfer station (D5) with its chunked, resumable upload.
 * Called with Basic credentials or from the webmail session; calls the drive boundary only.
 */
package org.jadepost.web.rest.drive;
