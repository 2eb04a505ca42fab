package org.jadepost.platform.entity;

import java.io.Serializable;

/**
 * A stored blob: its id (lower-case hex SHA-256 of the content) and its size in bytes.
 *
 * @param id the content hash
 * @param size the number of bytes
 */
public record BlobRef(String id, long size) implements Serializable {}
