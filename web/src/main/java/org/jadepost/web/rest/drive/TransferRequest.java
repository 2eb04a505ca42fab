package org.jadepost.web.rest.drive;

/**
 * A file announced to the transfer station.
 *
 * @param name its name
 * @param size its size in bytes (at most 4 GB)
 * @param contentType its MIME type, optional
 */
public record TransferRequest(String name, Long size, String contentType) {}
